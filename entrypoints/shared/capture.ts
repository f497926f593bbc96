/**
 * The only part of Newsgist that runs in the reader's page (injected on demand by digest.ts). It
 * does the least work the live page is needed for, and none of the digest: it copies the document
 * into an inert document (no page code runs on it, nothing on it loads), leaves out of the copy
 * what the reader cannot see, and hands the copy back as HTML. Parsing and the digest then run in
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

/**
 * Inline styles and event handlers say nothing of the text, and the extension page that parses
 * the copy would log each as refused by its Content Security Policy: they are left out of the copy.
 */
function withoutInlineCode(el: Element): void {
  for (const name of el.getAttributeNames()) {
    if (name === 'style' || name.startsWith('on')) el.removeAttribute(name);
  }
}

/**
 * THE place where the live page's visibility is read. `live` holds the elements of the live
 * document as they were when `copyRoot` was copied from it, in document order, so the copy's
 * elements, walked in the same order, match them one for one. Every element the reader cannot see
 * — `checkVisibility()` false: display:none, content-visibility:hidden (a closed `<details>`, say)
 * — is taken out of the copy with its content. The live page is only read. Returns how many
 * elements were taken out.
 */
async function omitHidden(live: NodeListOf<Element>, copyRoot: Element, head: Element | null): Promise<number> {
  if (typeof Element.prototype.checkVisibility !== 'function') return 0;
  const copy = copyRoot.ownerDocument.createTreeWalker(copyRoot, NodeFilter.SHOW_ELEMENT);
  const gone: Element[] = [];
  let skip: Element | null = head;
  let sliceEnd = performance.now() + SLICE_MS;
  for (let i = 0; i < live.length; i++) {
    if (i % 256 === 0 && performance.now() > sliceEnd) {
      await nextTurn();
      sliceEnd = performance.now() + SLICE_MS;
    }
    const el = live[i] as Element;
    const twin = copy.nextNode() as Element | null;
    if (!twin || twin.tagName !== el.tagName) return 0; // cannot happen: then leave the copy whole
    withoutInlineCode(twin);
    // Inside the head or inside what is already left out: nothing more to ask.
    if (skip?.contains(el)) continue;
    skip = null;
    // An element the page removed meanwhile is kept as it was when copied.
    if (NOT_RENDERED_TAGS.has(el.tagName.toUpperCase()) || !el.isConnected || el.checkVisibility()) continue;
    gone.push(twin);
    skip = el;
  }
  for (const el of gone) el.remove();
  return gone.length;
}

/** What executeScript hands back: the copy of the page, or why there is none. Never throws. */
export async function capturePage(): Promise<Capture> {
  if (document.contentType === 'application/pdf') return { ok: false, error: PDF_ERROR };
  if (document.readyState === 'loading') return { ok: false, error: LOADING_ERROR };
  const root = document.documentElement;
  if (!root) return { ok: false, error: LOADING_ERROR };
  // One synchronous step, so that copy and list match element for element. The inert document has
  // no window: the page's custom elements are not upgraded in it and its images never load.
  const inert = document.implementation.createHTMLDocument('');
  const copyRoot = inert.importNode(root, true);
  const live = root.querySelectorAll('*'); // a static list: it keeps this moment's order
  await nextTurn();
  const hidden = await omitHidden(live, copyRoot, document.head);
  for (const el of Array.from(copyRoot.querySelectorAll('script, style'))) {
    if (el.tagName !== 'SCRIPT' || (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json')
      el.remove();
  }
  await nextTurn();
  const html = `${document.doctype ? '<!DOCTYPE html>' : ''}${copyRoot.outerHTML}`;
  if (html.length > MAX_COPY_CHARS) return { ok: false, error: tooLarge(html.length, MAX_COPY_CHARS) };
  return { ok: true, page: { html, url: location.href, hidden } };
}
