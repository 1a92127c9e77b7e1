/**
 * `npm run add -- FILE_OR_URL…`: saves each document (.txt, .md, .html, .htm, .pdf, .docx, an
 * http(s) URL, or every such file in a folder) as data/sources/<id>.txt with its front matter
 * filled from the document, and prints what was found so the user can check it. A failure
 * names the input and says why; the other inputs go on. See src/pipeline/ingest/.
 */
import path from 'node:path';
import { type Added, addSource, IdTakenError, takenIds } from '../ingest/add.ts';
import { isUrl } from '../ingest/download.ts';
import { IngestError } from '../ingest/types.ts';
import { terminalSafe } from '../terminal.ts';
import { parseArgs } from './args.ts';
import { expandInputs, type Input, inputLabel } from './inputs.ts';

const USAGE =
  'usage: npm run add -- [--dry-run] [--replace] [--id ID] [--sources DIR] [--files-from FILE|-] FILE_OR_URL_OR_FOLDER...';

const root = process.cwd();
const say = (line: string): void => {
  process.stdout.write(`${terminalSafe(line)}\n`);
};
const complain = (line: string): void => {
  process.stderr.write(`${terminalSafe(line)}\n`);
};

const shownPath = (file: string): string => {
  const relative = path.relative(root, file);
  return relative.startsWith('..') ? file : relative;
};

/** What was found, one field a line, so a wrong title or date is seen at once. */
export function describe(input: string, added: Added): string[] {
  const f = added.fields;
  const action = added.written ? (added.replaced ? 'replaced' : 'saved as') : 'would be saved as';
  const value = (v: string | null): string => v ?? '(not found)';
  return [
    `${input} → ${action} ${shownPath(added.file)}`,
    `  title:     ${f.title}`,
    `  author:    ${value(f.author)}`,
    `  publisher: ${value(f.publisher)}`,
    `  published: ${value(f.published?.iso ?? null)}`,
    `  url:       ${value(f.url)}`,
    `  language:  ${f.language ?? '(not detected; en is assumed)'}`,
    `  text:      ${added.characters.toLocaleString('en')} characters`,
  ];
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), [
    { name: '--dry-run' },
    { name: '--replace' },
    { name: '--id', value: 'an id' },
    { name: '--sources', value: 'a directory' },
    { name: '--files-from', value: 'a file listing the inputs (or - for standard input)' },
  ]);
  if (args.kind === 'help') {
    say(USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    complain(`add: ${args.message}`);
    complain(USAGE);
    return 2;
  }
  const { inputs, problems } = await expandInputs(
    args.positionals,
    args.values.get('--files-from'),
  );
  for (const problem of problems) complain(problem);
  if (inputs.length === 0) {
    if (problems.length === 0) complain(`add: expected a file, folder or URL\n${USAGE}`);
    return 2;
  }
  const id = args.values.get('--id');
  if (id !== undefined && inputs.length > 1) {
    complain(`add: expected one input with --id, found ${inputs.length}`);
    return 2;
  }
  const sourcesDir = path.resolve(root, args.values.get('--sources') ?? 'data/sources');
  const dryRun = args.values.has('--dry-run');
  const taken = await takenIds(sourcesDir);
  let failed = problems.length;
  let saved = 0;
  for (const entry of inputs) {
    try {
      const added = await addSource(toAddInput(entry), {
        sourcesDir,
        replace: args.values.has('--replace'),
        dryRun,
        taken,
        ...(id === undefined ? {} : { id }),
      });
      for (const line of describe(inputLabel(entry), added)) say(line);
      saved++;
    } catch (error) {
      failed++;
      if (!(error instanceof IngestError)) throw error;
      const at = error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`;
      const hint =
        error instanceof IdTakenError
          ? `; ${error.replaceable ? 'use --replace to replace it, or ' : 'use '}--id to choose another`
          : '';
      complain(`${inputLabel(entry)}${at}: error: ${error.message}${hint}`);
    }
  }
  const verb = dryRun ? 'would be saved (dry run: nothing written)' : 'saved';
  complain(
    `add: ${saved} source${saved === 1 ? '' : 's'} ${verb}, ${failed} failed${saved > 0 && !dryRun ? '; run npm start (or npm run data) to see them on the map' : ''}`,
  );
  return failed > 0 ? 1 : 0;
}

function toAddInput({ input }: Input) {
  return isUrl(input)
    ? ({ kind: 'url', url: input } as const)
    : ({ kind: 'file', path: input } as const);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    complain(`add: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
