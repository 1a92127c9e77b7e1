/**
 * An input of `extract` read into the text to geoparse: a text file as it is, another
 * document's text as `add` reads it. Run by whichever thread extracts the file, so inputs are
 * read on every core while they are extracted. A file that cannot be read is a problem naming
 * it (and the line and column, where there is one), not a throw.
 */
import { formatOfFile } from '../ingest/formats.ts';
import { decodeText } from '../ingest/text.ts';
import { IngestError } from '../ingest/types.ts';
import type { FileRead } from '../sources/read-file.ts';
import { readRegularFile } from '../sources/read-file.ts';
import { type Input, inputLabel } from './inputs.ts';

export type InputText = { ok: true; text: string } | { ok: false; problem: string };

/** `read` is the input's bytes (or why there are none): from its file, or standard input. */
export async function textOf({ input, from }: Input, read: FileRead): Promise<InputText> {
  try {
    if (!read.ok) throw new IngestError(read.problem, 1, 1);
    const format = formatOfFile(input);
    if (format === null || format === 'text')
      return { ok: true, text: decodeText(input, read.bytes) };
    // The document readers (PDF, Word, HTML) are loaded only when such a file comes.
    const { readDocument } = await import('../ingest/read.ts');
    return {
      ok: true,
      text: (await readDocument({ name: input, bytes: read.bytes, format })).text,
    };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    const at = error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`;
    return {
      ok: false,
      problem: `${inputLabel({ input, from, folder: null })}${at}: error: ${error.message}`,
    };
  }
}

export async function readInput(input: Input): Promise<InputText> {
  return textOf(input, await readRegularFile(input.input));
}
