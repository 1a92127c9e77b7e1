/**
 * A read document → the content of its source file: front matter from what the document says
 * (a text file's own fields win), the language detected, values clipped to the limits the
 * source rules set, and the result checked by those same rules, so what `add` writes the
 * build accepts.
 */

import type { SourceMeta } from '../../shared/types.ts';
import { webUrl } from '../../shared/web-url.ts';
import { checkSourceFiles } from '../sources/read.ts';
import { LANGUAGE_PATTERN } from '../sources/rules/bad-language.ts';
import { MAX_LENGTHS } from '../sources/rules/too-long.ts';
import { serializeFrontMatter } from '../sources/serialize-front-matter.ts';
import type { KnownField } from '../sources/types.ts';
import { documentDate } from './dates.ts';
import { idFrom, isId } from './ids.ts';
import { detectLanguage } from './language.ts';
import type { ReadResult } from './read.ts';
import { IngestError } from './types.ts';

/**
 * The metadata a new source gets, as it is written (and printed for the user to check): the
 * build's SourceMeta fields a front matter holds, its language still unknown when undetected.
 */
export type SourceFields = Omit<SourceMeta, 'language' | 'file' | 'mentionCount'> & {
  language: string | null;
};

export interface PreparedSource {
  fields: SourceFields;
  /** The whole file: front matter, then the text. */
  content: string;
  /** Characters of text (the body). */
  characters: number;
}

export interface PrepareOptions {
  /** The id to use; else one is made from `idHint`, then from the title. */
  id?: string;
  /** A file name stem ("report" for report.pdf); null for a download or pasted text. */
  idHint?: string | null;
  /** A title given by the user (pasted text), which wins over the document's. */
  title?: string;
}

/** Clipped at a word to the rule's limit, with an ellipsis. */
function clipped(key: KnownField, value: string | null): string | null {
  const max = MAX_LENGTHS[key];
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  if (text === '') return null;
  if (max === undefined || text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

function firstLine(text: string): string | null {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? null
  );
}

/** BCP 47 as the bad-language rule wants it, or null ("en_US" → "en-US"). */
function languageTag(value: string | null): string | null {
  const tag = value?.trim().replace(/_/g, '-') ?? '';
  return LANGUAGE_PATTERN.test(tag) ? tag : null;
}

export function prepareSource(read: ReadResult, options: PrepareOptions = {}): PreparedSource {
  const given = (key: string): string | null => read.given.get(key) || null;
  const text = read.text
    // Control characters a document may carry (PDF.js passes some through), not a form feed.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/^\s+/, '')
    .replace(/\s+$/, '');
  if (text.trim() === '') {
    throw new IngestError('expected some text in the document, found none');
  }
  const title = clipped(
    'title',
    options.title ?? given('title') ?? read.meta.title ?? firstLine(text),
  ) as string;
  const id = options.id ?? given('id') ?? idFrom(options.idHint ?? '') ?? idFrom(title);
  if (id === null || !isId(id)) {
    throw new IngestError(
      `expected a title or file name with letters a–z or digits to make an id from, found ${JSON.stringify(title)}; give one with --id`,
    );
  }
  const url = given('url') ?? read.meta.url;
  const fields: SourceFields = {
    id,
    title,
    author: clipped('author', given('author') ?? read.meta.author),
    publisher: clipped('publisher', given('publisher') ?? read.meta.publisher),
    published: given('published') ? documentDate(given('published')) : read.meta.published,
    url: url !== null && webUrl(url) !== null ? url : null,
    language:
      languageTag(given('language')) ?? detectLanguage(text) ?? languageTag(read.meta.language),
  };
  const published = given('published') ?? fields.published?.iso ?? null;
  const content = `${serializeFrontMatter({
    ...fields,
    published,
  })}${text}\n`;
  // The same rules as the build: what is written here must build.
  const { problems } = checkSourceFiles([
    { file: `${id}.txt`, bytes: new TextEncoder().encode(content) },
  ]);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new IngestError(errors.map((p) => p.message).join('; '));
  }
  return { fields, content, characters: text.length };
}
