import { extractArticle, type PageOptions } from './extract/page';
import { articleFromText } from './extract/text';
import { guessLanguage } from './language';
import { findPeople } from './officials';
import { countWords } from './reading';
import { segment } from './segment';
import { rankSentences } from './summarize';
import type { Article, Digest, DigestOptions, DigestResult, Notice } from './types';

/** Articles shorter than this get a "very short article" notice. */
export const SHORT_ARTICLE_WORDS = 150;
/** Beyond this many words the digest is built on the first part only, and says so. */
export const MAX_WORDS = 60_000;
/** Ranked sentences kept by default: enough for every length preset of the popup. */
export const DEFAULT_RANKED = 20;

/** Keeps whole blocks up to the word budget. */
function truncate(article: Article): { article: Article; words: number; total: number } {
  let words = 0;
  let total = 0;
  let keep = 0;
  for (const block of article.blocks) {
    const n = countWords(block.text);
    total += n;
    if (words + n <= MAX_WORDS || keep === 0) {
      words += n;
      keep++;
    }
  }
  return {
    article: keep < article.blocks.length ? { ...article, blocks: article.blocks.slice(0, keep) } : article,
    words,
    total,
  };
}

/** Builds the digest of an extracted article. */
export function digestArticle(input: Article, options: DigestOptions = {}): DigestResult {
  const { article, words, total } = truncate(input);
  if (words === 0) return { ok: false, error: { code: 'empty', message: 'The article has no text to summarize.' } };
  const sentences = segment(article.blocks);
  const ranked = rankSentences(sentences, { title: article.meta.title, limit: options.maxSentences ?? DEFAULT_RANKED });
  const notices: Notice[] = [];
  if (words < SHORT_ARTICLE_WORDS) notices.push({ kind: 'short', words });
  if (total > words) notices.push({ kind: 'truncated', words, totalWords: total });
  const language = guessLanguage(article.blocks.map((b) => b.text).join('\n'), article.meta.lang);
  if (!language.english) notices.push({ kind: 'language', lang: language.lang });
  const { meta } = article;
  const digest: Digest = {
    title: meta.title,
    url: meta.url,
    siteName: meta.siteName,
    byline: meta.byline,
    published: meta.published,
    lang: meta.lang,
    words,
    ranked,
    people: findPeople(sentences),
    notices,
  };
  return { ok: true, digest, article };
}

/** Extracts the article of a page and digests it; the document is left as it was. */
export function digestDocument(doc: Document, options: DigestOptions & PageOptions = {}): DigestResult {
  const article = extractArticle(doc, options);
  if (!article) {
    return {
      ok: false,
      error: {
        code: 'no-article',
        message: 'No article found on this page: it looks like a home page, a list of links or a video.',
      },
    };
  }
  return digestArticle(article, options);
}

/** Digests plain article text (paragraphs separated by blank lines or newlines). */
export function digestText(
  text: string,
  options: DigestOptions & { title?: string | null; url?: string | null } = {},
): DigestResult {
  if (!text.trim())
    return { ok: false, error: { code: 'empty', message: 'The text is empty: there is nothing to summarize.' } };
  const article = articleFromText(text, options.title);
  if (options.url) article.meta.url = options.url;
  return digestArticle(article, options);
}
