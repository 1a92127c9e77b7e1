/**
 * .txt and .md: read as they are. The bytes must be UTF-8 text (the source byte rules say
 * where they are not); a front-matter block, if present, is kept and completed by the caller,
 * else the title is the first line (a Markdown heading's `#` removed).
 */
import { parseFrontMatter } from '../sources/frontmatter.ts';
import { BYTE_RULES } from '../sources/rules/index.ts';
import { decodeUtf8 } from '../text/utf8.ts';
import { type DocumentMeta, IngestError, NO_META, type ReadDocument } from './types.ts';

/** Front-matter values the file already has, by key (values as written, '' for empty). */
export type GivenFields = ReadonlyMap<string, string>;

export interface ReadText extends ReadDocument {
  /** Fields of the file's own front matter, which win over what is found. */
  given: GivenFields;
}

/** The text of a file that must be text, or an IngestError saying where it is not. */
export function decodeText(name: string, bytes: Uint8Array): string {
  for (const rule of BYTE_RULES) {
    const [problem] = rule.check({ file: name, bytes });
    if (problem) {
      const { line, column } = problem.from;
      throw new IngestError(problem.message, line, column);
    }
  }
  const decoded = decodeUtf8(bytes);
  // The rules above already refused what does not decode.
  if (!decoded.ok) throw new IngestError('expected UTF-8 text');
  return decoded.text;
}

function firstLineTitle(text: string): string | null {
  for (const line of text.split('\n')) {
    const title = line.replace(/^\s*#{1,6}\s+/, '').trim();
    if (title !== '') return title;
  }
  return null;
}

export function readText(name: string, bytes: Uint8Array): ReadText {
  const content = decodeText(name, bytes);
  const frontMatter = parseFrontMatter(content);
  if (frontMatter.present && !frontMatter.closed) {
    throw new IngestError(
      "expected '---' closing the front matter opened at line 1, found none",
      1,
      1,
    );
  }
  const given = new Map(frontMatter.fields.map((field) => [field.key, field.value]));
  const text = content.slice(frontMatter.bodyStart).replace(/\r\n?/g, '\n');
  const meta: DocumentMeta = { ...NO_META, title: firstLineTitle(text) };
  return { text, meta, given };
}
