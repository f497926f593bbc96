import type { ArticleMeta } from '../types';
import { webUrl } from '../url';
import { normalizeSpace } from './blocks';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every meta tag's content by its property, name or itemprop (first one wins), read in one pass. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const value = normalizeSpace(el.getAttribute('content') ?? '');
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, value);
    }
  }
  return tags;
}

function metaContent(tags: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage)$/;

function findArticleLd(node: Json): Record<string, Json> | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findArticleLd(item);
      if (found) return found;
    }
    return null;
  }
  if (!node || typeof node !== 'object') return null;
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return node;
  if (node['@graph']) return findArticleLd(node['@graph']);
  return null;
}

function readJsonLd(doc: Document): Record<string, Json> | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findArticleLd(JSON.parse(script.textContent ?? '') as Json);
      if (found) return found;
    } catch {
      // A broken JSON-LD block is the page's problem: the other sources still count.
    }
  }
  return null;
}

function names(value: Json | undefined): string | null {
  if (!value) return null;
  if (typeof value === 'string') return normalizeSpace(value) || null;
  if (Array.isArray(value)) {
    const all = value.map(names).filter((v): v is string => Boolean(v));
    return all.length ? all.join(', ') : null;
  }
  if (typeof value === 'object' && typeof value.name === 'string') return normalizeSpace(value.name) || null;
  return null;
}

function text(value: Json | undefined): string | null {
  return typeof value === 'string' ? normalizeSpace(value) || null : null;
}

/** Metadata from JSON-LD, OpenGraph and meta tags, in that order of trust. */
export function readMeta(doc: Document, url: string | null): ArticleMeta {
  const ld = readJsonLd(doc);
  const tags = metaTags(doc);
  // Only http(s) links, resolved against the page's address when relative (see lib/url.ts).
  const page = webUrl(url);
  const canonical =
    webUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), page) ??
    webUrl(metaContent(tags, 'og:url'), page);
  return {
    title: text(ld?.headline) ?? metaContent(tags, 'og:title', 'twitter:title') ?? normalizeSpace(doc.title ?? ''),
    byline: names(ld?.author) ?? metaContent(tags, 'author', 'article:author', 'byl'),
    siteName: names(ld?.publisher) ?? metaContent(tags, 'og:site_name'),
    published: text(ld?.datePublished) ?? metaContent(tags, 'article:published_time', 'datePublished', 'date'),
    lang: normalizeSpace(doc.documentElement?.getAttribute('lang') ?? '') || metaContent(tags, 'og:locale'),
    url: page ?? canonical,
    canonicalUrl: canonical,
    excerpt: text(ld?.description) ?? metaContent(tags, 'description', 'og:description', 'twitter:description'),
  };
}

/** What Readability read about the page (the fields of its parse result that we use). */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  excerpt?: string | null;
}

function clean(value: string | null | undefined): string | null {
  return normalizeSpace(value ?? '') || null;
}

/**
 * Readability's reading of title, byline and site name comes first (it already weighs JSON-LD,
 * OpenGraph and the page's own markup); JSON-LD, OpenGraph and meta tags fill what it leaves empty.
 */
export function mergeMeta(page: ArticleMeta, parsed: ReadabilityMeta): ArticleMeta {
  return {
    title: clean(parsed.title) ?? page.title,
    byline: clean(parsed.byline) ?? page.byline,
    siteName: clean(parsed.siteName) ?? page.siteName,
    published: page.published ?? clean(parsed.publishedTime),
    lang: page.lang ?? clean(parsed.lang),
    url: page.url,
    canonicalUrl: page.canonicalUrl ?? null,
    excerpt: clean(parsed.excerpt) ?? page.excerpt ?? null,
  };
}
