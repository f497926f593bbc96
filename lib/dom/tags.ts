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

/**
 * Elements that never render, whatever their visibility: their content is data (JSON-LD, meta) or
 * style. A visibility check on them means nothing, so the hidden-text passes (the CLI's, on the
 * page's own style sheets, and the page copy's, on the live page) leave them to the text readers.
 */
export const NOT_RENDERED_TAGS: ReadonlySet<string> = new Set([
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BASE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
]);
