/**
 * The sources folder as the build reads it: every `.txt` as it is, and every other document
 * (.md, .html, .htm, .pdf, .docx) turned into a source on the fly, as `npm run add` would save
 * it (its id from its file name, its front matter from the document). A document that cannot
 * be read becomes an `unreadable` problem naming the file, like any other bad source.
 */
import { mapLimit } from '../map-limit.ts';
import { NO_PROGRESS, type Progress } from '../progress.ts';
import { readSourceDir } from '../sources/read.ts';
import { fileStem } from '../sources/rules/id-file-name.ts';
import type { RawSourceFile } from '../sources/types.ts';
import { formatOfFile, SOURCE_EXTENSIONS } from './formats.ts';
import { IngestError } from './types.ts';

/** Documents converted at once: PDF.js is mostly CPU, so a few suffice. */
const CONVERTED_AT_ONCE = 4;

async function asSource(raw: RawSourceFile): Promise<RawSourceFile> {
  const format = formatOfFile(raw.file);
  if (raw.unreadable !== undefined || format === null || raw.file.endsWith('.txt')) return raw;
  try {
    // Loaded only for a document: their libraries (dates, languages, PDF, Word, HTML) took
    // two seconds of every `npm run data` of text files.
    const [{ readDocument }, { prepareSource }] = await Promise.all([
      import('./read.ts'),
      import('./prepare.ts'),
    ]);
    const read = await readDocument({ name: raw.file, bytes: raw.bytes, format });
    const prepared = prepareSource(read, { idHint: fileStem(raw.file) });
    return { file: raw.file, bytes: new TextEncoder().encode(prepared.content) };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    // A text file's own bytes say where they are wrong: the byte rules will point there.
    if (error.line !== undefined) return raw;
    return { file: raw.file, bytes: new Uint8Array(), unreadable: error.message };
  }
}

export async function readSourceFolder(
  dir: string,
  root = process.cwd(),
  progress: (total: number) => Progress = () => NO_PROGRESS,
): Promise<RawSourceFile[]> {
  const raws = await readSourceDir(dir, root, SOURCE_EXTENSIONS);
  const reading = progress(raws.length);
  const sources = await mapLimit(raws, CONVERTED_AT_ONCE, async (raw) => {
    const source = await asSource(raw);
    reading.tick();
    return source;
  });
  reading.finish();
  return sources;
}
