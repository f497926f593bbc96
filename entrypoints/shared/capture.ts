/**
 * The only part of Newsgist that runs in the reader's page (injected on demand by digest.ts). It
 * does the least work the live page is needed for, and none of the digest: it writes the document
 * out as HTML, leaving out what the reader cannot see, and hands that copy back. Nothing of the
 * page is run, upgraded or loaded on the way. Parsing and the digest then run in
 * the extension's own page (the popup, or the offscreen document of the copy shortcut).
 *
 * The live page is only read, never changed; the page's own scripts see nothing of this (the
 * script runs in the extension's isolated world). Long work is cut into slices that give the page's
 * event loop back between them, so the page stays responsive on huge pages.
 */
import { NOT_RENDERED_TAGS } from '@/lib/dom/rendered';
import { LOADING_ERROR, type PageError, PDF_ERROR, tooLarge } from './errors';

/** The reader's page as the extension receives it. */
export interface PageCopy {
  /** The document without scripts (JSON-LD kept), styles and hidden elements, serialised. */
  html: string;
  url: string;
  /** Elements left out because the reader cannot see them (with their content). */
  hidden: number;
}

export type Capture = { ok: true; page: PageCopy } | { ok: false; error: PageError };

/** A page's copy larger than this (in characters of HTML) is refused with its size. */
export const MAX_COPY_CHARS = 30_000_000;

/** Work on the page's thread is cut into slices of at most about this long. */
const SLICE_MS = 20;

/**
 * Gives the event loop back to the page, and resumes right after what it had queued. A message on
 * a channel of our own: not throttled in a background tab (timers are), and invisible to the page.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Elements with no end tag and no content. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Elements whose text the HTML parser reads as it is, so it is written back unescaped. Not
 * `<noscript>`: in the page (scripts on) its content is one text node, which is written escaped,
 * as text; written as it is, the extension page (scripts off) would parse it into elements, with
 * the inline styles and tracking pixels sites put there.
 */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Characters escaped in text and in attribute values; the non-global twins only test for them. */
const TEXT_SPECIAL = /[&<>\u00a0]/g;
const ATTRIBUTE_SPECIAL = /[&"\u00a0]/g;
const NEEDS_ESCAPE_IN_TEXT = new RegExp(TEXT_SPECIAL.source);
const NEEDS_ESCAPE_IN_ATTRIBUTE = new RegExp(ATTRIBUTE_SPECIAL.source);
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\u00a0': '&nbsp;',
};
const escapeText = (text: string) => text.replace(TEXT_SPECIAL, (c) => ENTITY[c] ?? c);
const escapeAttribute = (value: string) => value.replace(ATTRIBUTE_SPECIAL, (c) => ENTITY[c] ?? c);

/**
 * What of an element goes into the copy: nothing, because it is code or style (a script, a style,
 * a template) or because the reader cannot see it (`hidden`, counted); its content only (a `<span>`
 * without attributes: by the HTML standard it means nothing, and a page of 200,000 of them would
 * otherwise cost the digest seconds); or the element itself.
 */
type Keep = 'code' | 'hidden' | 'content' | 'element';

function keep(el: Element, inHead: boolean): Keep {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SCRIPT') {
    // JSON-LD is data the extraction reads (author, date); every other script is code.
    return (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json' ? 'element' : 'code';
  }
  if (tag === 'STYLE' || tag === 'TEMPLATE') return 'code';
  // THE place where the live page's visibility is read: what the reader cannot see —
  // `checkVisibility()` false: display:none, content-visibility:hidden (a closed `<details>`, say)
  // — is left out with its content. Nothing in the head renders, so nothing there is asked.
  if (!inHead && !NOT_RENDERED_TAGS.has(tag) && canCheckVisibility && !el.checkVisibility()) return 'hidden';
  if (tag === 'SPAN' && el instanceof HTMLElement && el.attributes.length === 0) return 'content';
  return 'element';
}

const canCheckVisibility = typeof Element !== 'undefined' && typeof Element.prototype.checkVisibility === 'function';

/** The start tag of `el` as the copy has it: inline styles and event handlers left out. */
function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  // The attribute list is read in place (no copy of it): this runs for every element of the page.
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const { name, value } = attrs[i] as Attr;
    // They say nothing of the text, and the extension page that parses the copy would log each
    // as refused by its Content Security Policy.
    if (name === 'style' || (name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110)) continue; // "on…"
    tag += ` ${name}="${NEEDS_ESCAPE_IN_ATTRIBUTE.test(value) ? escapeAttribute(value) : value}"`;
  }
  return `${tag}>`;
}

/** An element being written: the child of it written last (and its place), and how to close it. */
interface Frame {
  el: Element;
  last: Node | null;
  /** How many of its children have been started: `last` is child `index - 1`. */
  index: number;
  end: string;
  raw: boolean;
  inHead: boolean;
}

/**
 * After the page ran between two slices. The copy goes on from the child after the one written
 * last, read now, so what the page added or removed further on is seen as it is now. When the page
 * removed the child being written (or an element around it), that child is closed where the copy
 * stands and the copy goes on with what now takes its place. A page that changes while it is
 * copied thus gives a copy with parts from before and after the change, and always well-formed
 * HTML (each open element closed once).
 */
function resume(stack: Frame[], write: (text: string) => void): void {
  const moved = stack.findIndex((f) => f.last !== null && f.last.parentNode !== f.el);
  if (moved < 0) return;
  while (stack.length > moved + 1) write((stack.pop() as Frame).end);
  const frame = stack[moved] as Frame;
  frame.index--;
  frame.last = frame.index > 0 ? (frame.el.childNodes[frame.index - 1] ?? null) : null;
}

export interface PageHtml {
  /** The HTML of the copy, or null when it would pass `maxChars`. */
  html: string | null;
  /** Characters of HTML the copy holds (counted on to the end when over `maxChars`). */
  chars: number;
  /** Elements left out because the reader cannot see them (with their content). */
  hidden: number;
}

/**
 * The document as HTML, written from the live page element by element in slices of about
 * `sliceMs` that give the page's event loop back between them: no single step copies or
 * serialises the whole document, so the page stays responsive on huge pages. Left out: comments,
 * scripts (JSON-LD kept), styles, templates, what the reader cannot see, inline styles and event
 * handlers. The live page is only read.
 */
export async function pageHtml(doc: Document, maxChars: number, sliceMs = SLICE_MS): Promise<PageHtml> {
  const root = doc.documentElement;
  // Each slice joins what it wrote into one chunk, so the last step joins a few hundred flat
  // strings, not a million pieces.
  const chunks: string[] = [];
  let pieces: string[] = doc.doctype ? ['<!DOCTYPE html>'] : [];
  let chars = pieces.join('').length;
  let hidden = 0;
  const write = (text: string) => {
    chars += text.length;
    if (chars <= maxChars) pieces.push(text);
  };
  const stack: Frame[] = [];
  const open = (el: Element, inHead: boolean) => {
    write(startTag(el));
    const name = el.localName;
    if (el instanceof HTMLElement && VOID.has(name)) return;
    stack.push({ el, last: null, index: 0, end: `</${name}>`, raw: RAW_TEXT.has(name), inHead });
  };
  if (root) open(root, false);
  let sliceEnd = performance.now() + sliceMs;
  for (let step = 1; stack.length > 0; step++) {
    if (step % 32 === 0 && performance.now() > sliceEnd) {
      chunks.push(pieces.join(''));
      pieces = [];
      await nextTurn();
      sliceEnd = performance.now() + sliceMs;
      resume(stack, write);
      continue;
    }
    const frame = stack[stack.length - 1] as Frame;
    const node = frame.last ? frame.last.nextSibling : frame.index === 0 ? frame.el.firstChild : null;
    if (!node) {
      stack.pop();
      // An unwrapped element (see `keep`) has no end tag.
      if (frame.end) write(frame.end);
      continue;
    }
    frame.last = node;
    frame.index++;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      write(frame.raw || !NEEDS_ESCAPE_IN_TEXT.test(text) ? text : escapeText(text));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    const inHead = frame.inHead || el.tagName === 'HEAD';
    const what = keep(el, inHead);
    if (what === 'hidden') hidden++;
    if (what === 'code' || what === 'hidden') continue;
    if (what === 'content') stack.push({ el, last: null, index: 0, end: '', raw: false, inHead });
    else open(el, inHead);
  }
  chunks.push(pieces.join(''));
  return { html: chars <= maxChars ? chunks.join('') : null, chars, hidden };
}

/** What executeScript hands back: the copy of the page, or why there is none. Never throws. */
export async function capturePage(): Promise<Capture> {
  if (document.contentType === 'application/pdf') return { ok: false, error: PDF_ERROR };
  if (document.readyState === 'loading') return { ok: false, error: LOADING_ERROR };
  if (!document.documentElement) return { ok: false, error: LOADING_ERROR };
  const { html, chars, hidden } = await pageHtml(document, MAX_COPY_CHARS);
  if (html === null) return { ok: false, error: tooLarge(chars, MAX_COPY_CHARS) };
  return { ok: true, page: { html, url: location.href, hidden } };
}
