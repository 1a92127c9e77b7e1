/**
 * `npm run --silent extract -- FILE` prints one GeoJSON FeatureCollection of FILE's place
 * mentions on stdout (and nothing else there); `--out DIR FILE...` writes DIR/<file name>.json
 * per file instead (a.txt → DIR/a.txt.json). Progress and errors go to stderr; any error
 * exits non-zero. See src/pipeline/dataset/extract.ts for the offsets.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractMentions } from '../dataset/extract.ts';
import { loadGeoparser } from '../orchestration/load-geoparser.ts';
import { formatProblem } from '../problems.ts';
import { MAX_SOURCE_BYTES, readRegularFile, readStdin } from '../sources/read-file.ts';
import { BYTE_RULES } from '../sources/rules/index.ts';
import { terminalSafe } from '../terminal.ts';
import { decodeUtf8 } from '../text/utf8.ts';
import { parseArgs } from './args.ts';

const USAGE =
  'usage: npm run --silent extract -- [--out DIR] FILE... (FILE - reads standard input)';

/** `-` names standard input (printed to stdout, so not with --out). */
const STDIN = '-';

interface Args {
  out: string | null;
  files: string[];
}

function extractArgs(argv: readonly string[]): Args | string {
  const args = parseArgs(argv, [{ name: '--out', alias: '-o', value: 'a directory' }]);
  if (args.kind === 'help') return USAGE;
  if (args.kind === 'error') return args.message;
  const files = args.positionals;
  const out = args.values.get('--out') ?? null;
  if (files.length === 0) return 'expected a FILE';
  if (out === null && files.length > 1) return 'expected one FILE (use --out DIR for several)';
  if (out !== null && files.includes(STDIN))
    return 'expected files with --out, found - (standard input)';
  // DIR/<file name>.json: two inputs with the same name would overwrite each other.
  const names = files.map((f) => path.basename(f));
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (out !== null && clash) return `expected distinct file names with --out, found ${clash} twice`;
  return { out, files };
}

/** One line to stderr; file names and messages in it may hold anything (see terminal.ts). */
const say = (line: string): void => {
  process.stderr.write(`${terminalSafe(line)}\n`);
};

/** The file's text, or null after reporting why it cannot be read. */
async function readText(file: string): Promise<string | null> {
  const read = file === STDIN ? await readStdin(MAX_SOURCE_BYTES) : await readRegularFile(file);
  const raw = read.ok
    ? { file, bytes: read.bytes }
    : { file, bytes: new Uint8Array(), unreadable: read.problem };
  // The source rules that apply to any file: readable, not binary, UTF-8; the first says it.
  for (const rule of BYTE_RULES) {
    const [problem] = rule.check(raw);
    if (problem) {
      say(formatProblem(problem));
      return null;
    }
  }
  const decoded = decodeUtf8(raw.bytes);
  return decoded.ok ? decoded.text : null;
}

async function main(): Promise<number> {
  const args = extractArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args !== USAGE) say(`extract: ${args}`);
    say(USAGE);
    return args === USAGE ? 0 : 2;
  }
  // Read (and reject) every input before the slow gazetteer load.
  const texts: [string, string][] = [];
  let failed = false;
  for (const file of args.files) {
    const text = await readText(file);
    if (text === null) failed = true;
    else texts.push([file, text]);
  }
  if (failed && args.out === null) return 1;
  const geoparser = await loadGeoparser((m) => say(`extract: ${m}`));
  for (const [file, text] of texts) {
    const { collection, droppedAsFurniture } = extractMentions(text, geoparser);
    const json = JSON.stringify(collection, null, 2);
    if (args.out === null) {
      process.stdout.write(`${json}\n`);
    } else {
      await mkdir(args.out, { recursive: true });
      const target = path.join(args.out, `${path.basename(file)}.json`);
      await writeFile(target, `${json}\n`);
      say(
        `extract: ${file} → ${target} (${collection.features.length} mentions, ${droppedAsFurniture} dropped as page furniture)`,
      );
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    say(`extract: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
