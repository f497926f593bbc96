import { parseHTML } from 'linkedom';

/** Parses a saved page into a Document for lib/ (linkedom: same Readability results as jsdom). */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
