import { NOT_TEXT_TAGS } from './dom/tags';
import { copyWithoutHidden } from './extract/hidden';
import { foldText } from './extract/lines';
import { extractArticle, type PageOptions } from './extract/page';
import { articleFromText } from './extract/text';
import { flattenDeep, MAX_DEPTH, measurePage } from './guards';
import { detectLanguage, isEnglish } from './language';
import { findPeople } from './officials';
import { readingSize } from './reading';
import { sanitizeArticle } from './sanitize';
import { segment } from './segment';
import { MAX_SENTENCES } from './select';
import { rankSentences } from './summarize';
import { sanitizeLine, sanitizeText } from './text/chars';
import { segmentWords } from './text/segmenter';
import { countWords, firstWords } from './text/words';
import type { Article, Block, Digest, DigestError, DigestOptions, DigestResult, Notice, Sentence } from './types';
import { webUrl } from './url';

/** Articles shorter than this get a "very short article" notice. */
export const SHORT_ARTICLE_WORDS = 150;
/** A media page (video, embedded player) whose article holds fewer words than this is not an article. */
const MIN_PAGE_WORDS = 30;
/** Beyond this many words the digest is built on the first part only, and says so. */
export const MAX_WORDS = 60_000;

/** Keeps the blocks up to the word budget; the block that crosses it is cut after its last word in budget. */
function truncate(article: Article): { article: Article; words: number; total: number } {
  const kept: Block[] = [];
  let words = 0;
  let total = 0;
  for (const block of article.blocks) {
    const n = countWords(block.text);
    total += n;
    if (words >= MAX_WORDS) continue;
    if (words + n <= MAX_WORDS) {
      kept.push(block);
      words += n;
    } else {
      kept.push({ ...block, text: firstWords(block.text, MAX_WORDS - words) });
      words = MAX_WORDS;
    }
  }
  return { article: words < total ? { ...article, blocks: kept } : article, words, total };
}

function failure(code: DigestError['code'], reason: DigestError['reason']): DigestResult {
  return { ok: false, error: { code, reason } };
}

/**
 * The sentences the people finder reads: the article's, after those of the page's summary (its
 * description, the standfirst under the headline) when the body does not hold it. A standfirst is
 * left out of the text as furniture, yet it often names the story's main person ("… the interim
 * government that ousted Evo Morales, …") whom the body then calls "the socialist leader".
 */
function peopleSentences(sentences: readonly Sentence[], summary: string | null | undefined, body: string): Sentence[] {
  const words = summary ? foldText(summary) : '';
  // A short description is a tagline, not a summary; one the body holds adds nothing.
  if (!summary || words.length < 40 || foldText(body).includes(words.slice(0, 60))) return [...sentences];
  const lead = segment([{ kind: 'p', text: summary }], 'en');
  // Before the article's first sentence: negative places, a block of its own.
  return [...lead.map((s) => ({ ...s, index: s.index - lead.length, block: -1 })), ...sentences];
}

/** Builds the digest of an extracted article; its text is cleaned first (see sanitize.ts). */
export function digestArticle(input: Article, options: DigestOptions = {}): DigestResult {
  const { article, words, total } = truncate(sanitizeArticle(input));
  if (words === 0) return failure('empty', { kind: 'empty-article' });
  const body = article.blocks.map((b) => b.text).join('\n');
  const language = detectLanguage(body, article.meta.lang);
  const sentences = segment(article.blocks, language.code);
  const ranked = rankSentences(sentences, {
    title: article.meta.title,
    limit: options.maxSentences ?? MAX_SENTENCES,
    lang: language.code,
  });
  // Words without one sentence worth quoting (a wall of labels, tokens or one-word lines) are no
  // article: say so, rather than a digest of nothing with a guess at its language.
  if (ranked.length === 0) {
    return failure('no-article', { kind: 'no-sentence', words, total });
  }
  const notices: Notice[] = [];
  // In Chinese, Japanese or Thai a run of letters is a clause: their words are ICU's.
  const wordsRead = language.spaced ? words : segmentWords(body, language.code).length;
  if (wordsRead < SHORT_ARTICLE_WORDS) notices.push({ kind: 'short', words: wordsRead });
  if (total > words) notices.push({ kind: 'truncated', words, totalWords: total });
  const { meta } = article;
  const digest: Digest = {
    title: meta.title,
    url: webUrl(meta.url),
    siteName: meta.siteName,
    byline: meta.byline,
    published: meta.published,
    lang: meta.lang,
    language,
    words,
    // Words are counted already; characters (Chinese, Japanese) need a count of their own.
    readingSize: language.pace.unit === 'word' ? words : readingSize(body, language),
    ranked,
    // The recogniser of people reads English: elsewhere the digest says so instead of guessing.
    people: isEnglish(language) ? findPeople(peopleSentences(sentences, meta.excerpt, body)) : [],
    notices,
  };
  return { ok: true, digest, article };
}

/** Whether a page shows any letter or digit outside scripts and styles (read in place: no copy). */
function hasText(doc: Document): boolean {
  const body = doc.body ?? doc.documentElement;
  if (!body) return false;
  const stack: Node[] = [body];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) {
      if (/[\p{L}\p{N}]/u.test(node.nodeValue ?? '')) return true;
    } else if (node.nodeType === 1 && !NOT_TEXT_TAGS.has((node as Element).tagName.toUpperCase())) {
      for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
    }
  }
  return false;
}

const MEDIA = 'video, iframe, object, embed, audio';

/** What the verdicts after extraction need to know of the page, read before extraction may change it. */
interface PageFacts {
  /** The page shows a letter or digit outside scripts and styles. */
  text: boolean;
  /** The page holds a video, a player or another embedded object. */
  media: boolean;
  /** The text of every link on the page, cleaned as block text is. */
  links: Set<string>;
}

function readFacts(doc: Document): PageFacts {
  return {
    text: hasText(doc),
    media: doc.querySelector(MEDIA) !== null,
    links: new Set(Array.from(doc.querySelectorAll('a'), (a) => sanitizeLine(a.textContent ?? ''))),
  };
}

/** Why a page without an article has none, in words a reader can act on. */
function noArticle(doc: Document): DigestResult {
  if (doc.querySelector('frameset')) return failure('no-article', { kind: 'frameset' });
  return noArticleIn({ text: hasText(doc), media: doc.querySelector(MEDIA) !== null });
}

/** Why a page that is not a frameset has no article, from what was read of it. */
function noArticleIn(facts: Pick<PageFacts, 'text' | 'media'>): DigestResult {
  if (!facts.text) return failure('empty', { kind: 'empty-page' });
  return failure('no-article', { kind: facts.media ? 'media-page' : 'link-page' });
}

/** Share of the article's words that are the text of a link on the page: 1 for a list of headlines. */
function linkShare(links: Set<string>, article: Article): number {
  let inLinks = 0;
  let all = 0;
  for (const block of article.blocks) {
    const n = countWords(block.text);
    all += n;
    if (links.has(block.text)) inLinks += n;
  }
  return all ? inLinks / all : 0;
}

/**
 * Runs a digest; an error thrown by a stage becomes a typed 'failed' error for the reader, never
 * an exception (the fuzz tests still count 'failed' as a bug).
 */
function safely(input: 'page' | 'text', run: () => DigestResult): DigestResult {
  try {
    return run();
  } catch (err) {
    return failure('failed', { kind: 'crashed', input, detail: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * Extracts the article of a page and digests it; the document is left as it was, unless the
 * caller passes `disposable` (see PageOptions: the CLI does, the browser never).
 */
export function digestDocument(doc: Document, options: DigestOptions & PageOptions = {}): DigestResult {
  return safely('page', () => digestPage(doc, options));
}

function digestPage(doc: Document, options: DigestOptions & PageOptions): DigestResult {
  if (!doc.documentElement) return failure('empty', { kind: 'empty-page' });
  let page = doc;
  let disposable = options.disposable === true;
  if (options.isHidden && !disposable) {
    // The copy without hidden text is ours: the stages below may work on it in place.
    page = copyWithoutHidden(doc, options.isHidden);
    disposable = true;
  }
  if (measurePage(page).depth > MAX_DEPTH) {
    // The flattened copy is ours: extraction need not copy it again.
    page = disposable ? page : (doc.cloneNode(true) as Document);
    disposable = true;
    flattenDeep(page);
  }
  if (!page.body || page.querySelector('frameset')) return noArticle(page);
  // Extraction changes a disposable page: what is judged after it is read first.
  const facts = readFacts(page);
  const article = extractArticle(page, { ...options, disposable });
  if (!article) return noArticleIn(facts);
  const result = digestArticle(article, options);
  if (!result.ok) return result;
  if (result.digest.words < MIN_PAGE_WORDS && facts.media) return failure('no-article', { kind: 'media-page' });
  if (linkShare(facts.links, result.article) > 0.5) return noArticleIn(facts);
  return result;
}

/** Digests plain article text (paragraphs separated by blank lines or newlines). */
export function digestText(
  input: string,
  options: DigestOptions & { title?: string | null; url?: string | null } = {},
): DigestResult {
  return safely('text', () => digestPlain(input, options));
}

function digestPlain(
  input: string,
  options: DigestOptions & { title?: string | null; url?: string | null },
): DigestResult {
  const text = sanitizeText(input);
  if (!/[\p{L}\p{N}]/u.test(text)) return failure('empty', { kind: 'empty-text' });
  const article = articleFromText(text, options.title ? sanitizeLine(options.title) : null);
  if (options.url) article.meta.url = options.url;
  return digestArticle(article, options);
}
