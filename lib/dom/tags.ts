/**
 * Elements whose content is never prose a reader reads on the page: code and styles, templates,
 * graphics, embedded media and frames, form controls. Every reader of page text skips them: the
 * block walker, the deep-page flattener, the empty-page check and the in-page highlighter.
 * (MathML is text: a formula in an article reads as its symbols.)
 */
export const NOT_TEXT_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
]);
