/**
 * Sources: bytes → checked Source objects plus every problem found, for all files at once
 * (the build reports them all together, like a compiler, before deciding to stop).
 */
import path from 'node:path';
import { mapLimit } from '../map-limit.ts';
import type { Problem } from '../problems.ts';
import { decodeUtf8 } from '../text/utf8.ts';
import { parsePartialDate } from './dates.ts';
import { type FrontMatterField, parseFrontMatter } from './frontmatter.ts';
import { readRegularFile } from './read-file.ts';
import { BYTE_RULES, bom, COLLECTION_RULES, emptyFile, FILE_RULES } from './rules/index.ts';
import type { DecodedSourceFile, RawSourceFile, Source } from './types.ts';
import { filesIn } from './walk.ts';

export interface SourcesResult {
  /** Sources without errors (a file with any error is left out). */
  sources: Source[];
  problems: Problem[];
}

/** Decode and read the front matter; null (with problems) when the bytes are not text. */
export function decodeSourceFile(raw: RawSourceFile): {
  decoded: DecodedSourceFile | null;
  problems: Problem[];
} {
  for (const rule of BYTE_RULES) {
    const problems = rule.check(raw);
    if (problems.length > 0) return { decoded: null, problems };
  }
  const result = decodeUtf8(raw.bytes);
  if (!result.ok) return { decoded: null, problems: [] };
  const frontMatter = parseFrontMatter(result.text);
  const fields = new Map<string, FrontMatterField>();
  for (const field of frontMatter.fields) if (!fields.has(field.key)) fields.set(field.key, field);
  return {
    decoded: { file: raw.file, content: result.text, hadBom: result.hadBom, frontMatter, fields },
    problems: [],
  };
}

function orNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

/** A decoded file whose rules found no error → its Source. */
export function toSource(decoded: DecodedSourceFile): Source {
  const value = (key: string): string | undefined => decoded.fields.get(key)?.value;
  const published = orNull(value('published'));
  const parsedDate = published ? parsePartialDate(published) : null;
  const bodyStart = decoded.frontMatter.bodyStart;
  return {
    id: value('id') ?? '',
    title: value('title') ?? '',
    author: orNull(value('author')),
    publisher: orNull(value('publisher')),
    published: parsedDate?.ok ? parsedDate.date : null,
    url: orNull(value('url')),
    language: orNull(value('language')) ?? 'en',
    file: decoded.file,
    content: decoded.content,
    bodyStart,
    body: decoded.content.slice(bodyStart),
  };
}

export function checkSourceFiles(raws: readonly RawSourceFile[]): SourcesResult {
  const problems: Problem[] = [];
  const readable: DecodedSourceFile[] = [];
  for (const raw of raws) {
    const { decoded, problems: byteProblems } = decodeSourceFile(raw);
    problems.push(...byteProblems);
    if (!decoded) continue;
    const empty = emptyFile.check(decoded);
    if (empty.length > 0) {
      // A BOM on an empty file is still worth saying (it explains a non-zero size).
      problems.push(...bom.check(decoded), ...empty);
      continue;
    }
    readable.push(decoded);
  }
  const failed = new Set<string>();
  for (const decoded of readable) {
    for (const rule of FILE_RULES) {
      for (const p of rule.check(decoded)) {
        problems.push(p);
        if (p.severity === 'error') failed.add(decoded.file);
      }
    }
  }
  for (const rule of COLLECTION_RULES) {
    for (const p of rule.check(readable)) {
      problems.push(p);
      if (p.severity === 'error') failed.add(p.file);
    }
  }
  const sources = readable.filter((d) => !failed.has(d.file)).map(toSource);
  return { sources, problems: sortProblems(problems) };
}

/** Problems in file order, then position: the order a reader fixes them in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.from.offset - b.from.offset,
  );
}

/** Files opened at once while reading a folder. */
const OPEN_AT_ONCE = 32;

/**
 * Every file ending in one of `extensions` (`.txt` by default) in `dir` and its subfolders,
 * sorted by path; paths in problems are relative to `root`.
 */
export async function readSourceDir(
  dir: string,
  root = process.cwd(),
  extensions: readonly string[] = ['.txt'],
): Promise<RawSourceFile[]> {
  const files = await filesIn(dir, extensions);
  return mapLimit(files, OPEN_AT_ONCE, async (full): Promise<RawSourceFile> => {
    const file = path.relative(root, full);
    const read = await readRegularFile(full, { within: dir });
    return read.ok
      ? { file, bytes: read.bytes }
      : { file, bytes: new Uint8Array(), unreadable: read.problem };
  });
}
