/**
 * What a web page says about itself, in the order publishers are most careful with: the
 * JSON-LD article (schema.org NewsArticle and kin), then Open Graph and article meta tags,
 * then plain meta tags, `<time>` and `<title>`. Read before Readability changes the page.
 */
import { documentDate } from './dates.ts';
import type { DocumentMeta } from './types.ts';

/** schema.org types of a written piece; a page's JSON-LD often holds others (WebSite, Person). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'WebPage',
]);

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every object in a JSON-LD value: arrays and @graph flattened. */
function nodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!isObject(value)) return [];
  return [value, ...nodes(value['@graph'])];
}

/** The page's JSON-LD article, news first; a malformed block is skipped, not fatal. */
function jsonLdArticle(document: Document): Json | null {
  const found: Json[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      found.push(...nodes(JSON.parse(script.textContent ?? '')));
    } catch {
      // Broken JSON-LD is common; the meta tags still speak.
    }
  }
  const articles = found.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  return articles.find((n) => typesOf(n).some((t) => t.endsWith('Article'))) ?? articles[0] ?? null;
}

/** A name from "Jane Doe", {name: "Jane Doe"} or a list of them ("A, B"). */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? v : isObject(v) ? v.name : null))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
  return list.length > 0 ? [...new Set(list)].join(', ') : null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const content = text(element?.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

/** "By Jane Doe" → "Jane Doe"; an author given as a profile URL is not a name. */
function personName(value: string | null): string | null {
  if (value === null || /^https?:\/\//i.test(value)) return null;
  return value.replace(/^by\s+/i, '').trim() || null;
}

function absoluteUrl(value: string | null, base: string | undefined): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function pageMeta(document: Document, downloadedFrom?: string): DocumentMeta {
  const article = jsonLdArticle(document);
  const time = document.querySelector('article time[datetime], time[datetime]');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const publisher = article && isObject(article.publisher) ? article.publisher : null;
  return {
    title:
      text(article?.headline) ??
      meta(document, 'og:title', 'twitter:title') ??
      text(document.querySelector('title')?.textContent),
    author: personName(
      names(article?.author) ?? meta(document, 'author', 'article:author', 'byl', 'dc.creator'),
    ),
    publisher:
      names(article?.publisher) ??
      text(publisher?.name) ??
      meta(document, 'og:site_name', 'application-name'),
    published:
      documentDate(text(article?.datePublished)) ??
      documentDate(
        meta(document, 'article:published_time', 'date', 'pubdate', 'dc.date', 'dcterms.created'),
      ) ??
      documentDate(time?.getAttribute('datetime')),
    url:
      absoluteUrl(canonical, downloadedFrom) ??
      absoluteUrl(meta(document, 'og:url'), downloadedFrom) ??
      absoluteUrl(text(article?.url), downloadedFrom) ??
      downloadedFrom ??
      null,
    language: text(document.documentElement?.getAttribute('lang')),
  };
}
