// Apart from tags.ts: the popup's first paint loads tags.ts, and only the digest needs this set.
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
