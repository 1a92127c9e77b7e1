/**
 * .html / .htm: the article's main text through Readability (Firefox's reader view) on a
 * linkedom DOM — not the menus, comments or footers — with paragraphs, headings and list
 * items kept as paragraphs, and the metadata the page gives (html-meta.ts).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { binary } from '../sources/rules/binary.ts';
import { pageMeta } from './html-meta.ts';
import { type IncomingDocument, IngestError, type ReadDocument } from './types.ts';

/** Less text than this after Readability is a page without an article (a login form, an index). */
export const MIN_ARTICLE_CHARACTERS = 140;

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The blocks of an element as paragraphs: one line each, `<br>` kept as a line break. */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) current += (child.textContent ?? '').replace(/\s+/g, ' ');
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') current += '\n';
      else if (BLOCKS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Declared charset (`<meta charset>`), else UTF-8, else Windows-1252 as browsers do. */
function decodeHtml(name: string, bytes: Uint8Array): string {
  const [problem] = binary.check({ file: name, bytes });
  if (problem) throw new IngestError(problem.message, problem.from.line, problem.from.column);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(declared, { fatal: true }).decode(bytes);
  } catch {
    // An unknown label or bytes that are not what was declared: what browsers fall back to.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function readHtml(input: IncomingDocument): ReadDocument {
  const html = decodeHtml(input.name, input.bytes);
  const { document } = parseHTML(html);
  const meta = pageMeta(document as unknown as Document, input.url);
  const article = new Readability(document as unknown as Document).parse();
  const content = article?.content
    ? parseHTML(`<html><body>${article.content}</body></html>`)
    : null;
  const text = content ? paragraphsOf(content.document.body as unknown as Node).join('\n\n') : '';
  if (text.length < MIN_ARTICLE_CHARACTERS) {
    throw new IngestError(
      `expected an article, found no main text on the page (${text.length} characters outside menus, forms and footers); save the article's text as a .txt file instead`,
    );
  }
  return {
    text,
    meta: {
      ...meta,
      title: meta.title ?? article?.title ?? null,
      author: meta.author ?? (article?.byline?.replace(/^by\s+/i, '').trim() || null),
      publisher: meta.publisher ?? article?.siteName ?? null,
    },
  };
}
