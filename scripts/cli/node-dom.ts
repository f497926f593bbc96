import { parseHTML } from 'linkedom';

/** One or more bare tag names: "div", "p, td, pre". */
const TAG_LIST = /^\s*[a-z][a-z0-9-]*(\s*,\s*[a-z][a-z0-9-]*)*\s*$/i;

/**
 * The elements under `root` (not `root` itself) whose tag is in `tags`, in document order, not
 * looking into templates: what linkedom's querySelectorAll gives for a tag list.
 */
export function elementsByTags(root: ParentNode, tags: ReadonlySet<string>, out: Element[] = []): Element[] {
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  for (let el = stack.pop(); el; el = stack.pop()) {
    const name = el.localName;
    if (tags.has(name) || tags.has(name.toLowerCase())) out.push(el);
    if (name === 'template') continue;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

/** The tags of each selector string asked for: null when it is not a plain tag list. */
const tagLists = new Map<string, ReadonlySet<string> | null>();

function tagsOf(selectors: string): ReadonlySet<string> | null {
  let tags = tagLists.get(selectors);
  if (tags === undefined) {
    tags = TAG_LIST.test(selectors) ? new Set(selectors.split(',').map((t) => t.trim().toLowerCase())) : null;
    if (tagLists.size < 1000) tagLists.set(selectors, tags);
  }
  return tags;
}

let installed = false;

/**
 * linkedom compiles its selector on every querySelectorAll call (css-select, no cache), and
 * Readability calls it with a plain tag list on every candidate node: on a page of 50,000 elements
 * compiling took most of the time. Tag lists are answered by a walk of the tree instead, in the
 * same order and in linkedom's own NodeList; any other selector goes to linkedom as before.
 */
function installTagListQueries(doc: Document): void {
  if (installed) return;
  installed = true;
  const NodeList = (doc.querySelectorAll('template') as unknown as { constructor: new () => Element[] }).constructor;
  const owners = new Set<object>();
  for (const start of [doc, doc.createElement('div'), doc.createDocumentFragment()]) {
    let proto: object | null = Object.getPrototypeOf(start);
    while (proto && !Object.hasOwn(proto, 'querySelectorAll')) proto = Object.getPrototypeOf(proto);
    if (proto) owners.add(proto);
  }
  for (const owner of owners) {
    const linkedom = (owner as ParentNode).querySelectorAll;
    Object.defineProperty(owner, 'querySelectorAll', {
      configurable: true,
      writable: true,
      value(this: ParentNode, selectors: string) {
        const tags = tagsOf(selectors);
        return tags ? elementsByTags(this, tags, new NodeList()) : linkedom.call(this, selectors);
      },
    });
  }
}

/**
 * Parses a saved page into a Document for lib/ (linkedom: same Readability results as jsdom).
 * Like a browser's parser, it gives every page an html root with a head and a body: linkedom
 * would otherwise keep a fragment's first tag as the root and insert a head on the first read
 * of `document.title`, changing the page while lib/ reads it.
 */
export function parseDocument(html: string): Document {
  const markup = /<html[\s>]/i.test(html)
    ? html
    : `<html>${/<(head|body|frameset)[\s>]/i.test(html) ? html : `<head></head><body>${html}</body>`}</html>`;
  const doc = parseHTML(markup).document as unknown as Document;
  installTagListQueries(doc);
  if (doc.documentElement) void [doc.head, doc.body];
  return doc;
}
