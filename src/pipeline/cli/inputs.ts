/**
 * The inputs of `add` and `extract`: paths, URLs and folders on the command line, plus
 * `--files-from FILE` (one a line; `-` reads the list from standard input), so thousands of
 * files need no command line long enough to break the shell. A folder is walked for every
 * source format. Problems with the list itself name its file and line.
 */
import { readFile, stat } from 'node:fs/promises';
import { isUrl } from '../ingest/download.ts';
import { formatOfFile, SOURCE_EXTENSIONS } from '../ingest/formats.ts';
import { readStdin } from '../sources/read-file.ts';
import { filesIn } from '../sources/walk.ts';

export interface Input {
  /** A path or URL. */
  input: string;
  /** "list.txt:3" when it came from a --files-from list, for messages. */
  from: string | null;
  /** The folder it was found in, when a folder was walked (outputs mirror the folder). */
  folder: string | null;
}

export interface Inputs {
  inputs: Input[];
  /** "list.txt:3: …" lines for what could not be taken. */
  problems: string[];
}

async function listLines(list: string): Promise<{ lines: string[]; problem?: string }> {
  if (list === '-') {
    const read = await readStdin();
    if (!read.ok) return { lines: [], problem: `standard input: error: ${read.problem}` };
    return { lines: new TextDecoder().decode(read.bytes).split(/\r?\n/) };
  }
  try {
    return { lines: (await readFile(list, 'utf8')).split(/\r?\n/) };
  } catch (error) {
    return {
      lines: [],
      problem: `${list}: error: expected a list of files, one a line, found ${(error as NodeJS.ErrnoException).code ?? 'nothing readable'}`,
    };
  }
}

/** "list.txt:3: x.pdf" or "x.pdf": how messages name an input. */
export function inputLabel({ input, from }: Input): string {
  return from === null ? input : `${from}: ${input}`;
}

/** Folders walked, other entries kept as they are (a missing file is the reader's to report). */
export async function expandInputs(
  positionals: readonly string[],
  filesFrom: string | undefined,
): Promise<Inputs> {
  const entries: Input[] = positionals.map((input) => ({ input, from: null, folder: null }));
  const problems: string[] = [];
  if (filesFrom !== undefined) {
    const { lines, problem } = await listLines(filesFrom);
    if (problem) problems.push(problem);
    const listName = filesFrom === '-' ? 'standard input' : filesFrom;
    lines.forEach((line, i) => {
      const input = line.trim();
      if (input !== '') entries.push({ input, from: `${listName}:${i + 1}`, folder: null });
    });
  }
  const inputs: Input[] = [];
  for (const entry of entries) {
    const { input, from } = entry;
    // A name like x.txt is a file to read, even when it is a folder: the reader says what it is.
    if (isUrl(input) || input === '-' || formatOfFile(input) !== null) {
      inputs.push(entry);
      continue;
    }
    const isFolder = await stat(input).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      inputs.push(entry);
      continue;
    }
    const files = await filesIn(input, SOURCE_EXTENSIONS);
    if (files.length === 0) {
      problems.push(
        `${from ?? input}: error: expected files ending in ${SOURCE_EXTENSIONS.join(', ')} in the folder ${input}, found none`,
      );
    }
    inputs.push(...files.map((file) => ({ input: file, from, folder: input })));
  }
  return { inputs, problems };
}
