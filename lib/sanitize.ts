import { sanitizeLine } from './text/chars';
import type { Article } from './types';

function optional(text: string | null): string | null {
  return text === null ? null : sanitizeLine(text) || null;
}

/**
 * The article with every block and metadata string cleaned by the one character policy
 * (text/chars.ts); blocks left empty are dropped.
 */
export function sanitizeArticle(article: Article): Article {
  const { meta } = article;
  return {
    meta: {
      title: sanitizeLine(meta.title),
      byline: optional(meta.byline),
      siteName: optional(meta.siteName),
      published: optional(meta.published),
      lang: optional(meta.lang),
      url: optional(meta.url),
      ...(meta.excerpt ? { excerpt: optional(meta.excerpt) } : {}),
    },
    blocks: article.blocks.map((b) => ({ ...b, text: sanitizeLine(b.text) })).filter((b) => b.text),
  };
}
