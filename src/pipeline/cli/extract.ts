/**
 * `npm run --silent extract -- FILE` prints one GeoJSON FeatureCollection of FILE's place
 * mentions on stdout (and nothing else there); `--out DIR FILE_OR_FOLDER...` (and
 * `--files-from LIST`) writes DIR/<file name>.json per file instead (a.txt → DIR/a.txt.json;
 * a file found in a folder keeps its path below it). A .html, .pdf or .docx is read as
 * `npm run add` reads it, and its offsets point into that text. Progress and errors go to
 * stderr; a file that fails is named and the others go on; any failure exits non-zero.
 * With --out the files are extracted on one thread per core (`--workers N`: this thread and
 * N - 1 worker threads; 1 extracts in this thread only), all sharing the one gazetteer index
 * this thread loads, each reading, extracting and writing its files; every output is the same, byte for byte, whatever the
 * number of workers. Outputs are compact JSON; `--pretty` indents them.
 * See src/pipeline/dataset/extract.ts for the offsets.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { syncDirectory } from '../fs/replace-file.ts';
import { loadGazetteer, type StoredGazetteer } from '../gazetteer/index.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { duration, startProgress } from '../progress.ts';
import { MAX_SOURCE_BYTES, readStdin } from '../sources/read-file.ts';
import { terminalSafe } from '../terminal.ts';
import { defaultPoolSize, type JobOutcome, startPool } from '../worker-pool.ts';
import { parseArgs } from './args.ts';
import { readInput, textOf } from './extract-input.ts';
import type { FileOutcome, OutputJob } from './extract-output.ts';
import type { ExtractData } from './extract-worker.ts';
import { expandInputs, type Input, inputLabel } from './inputs.ts';

const USAGE =
  'usage: npm run --silent extract -- [--pretty] [--out DIR [--workers N]] [--files-from LIST|-] FILE_OR_FOLDER... (FILE - reads standard input)';

/** `-` names standard input (printed to stdout, so not with --out). */
const STDIN = '-';

interface Job {
  input: Input;
  /** Output file name below --out. */
  target: string;
}

/** One line to stderr; file names and messages in it may hold anything (see terminal.ts). */
const say = (line: string): void => {
  process.stderr.write(`${terminalSafe(line)}\n`);
};

async function extractArgs(
  argv: readonly string[],
): Promise<{ out: string | null; jobs: Job[]; workers: number; pretty: boolean } | string> {
  const args = parseArgs(argv, [
    { name: '--out', alias: '-o', value: 'a directory' },
    { name: '--files-from', value: 'a file listing the inputs (or - for standard input)' },
    { name: '--workers', value: 'a number of worker threads' },
    { name: '--pretty' },
  ]);
  if (args.kind === 'help') return USAGE;
  if (args.kind === 'error') return args.message;
  const out = args.values.get('--out') ?? null;
  const workersArg = args.values.get('--workers');
  const workers = workersArg === undefined ? defaultPoolSize() : Number(workersArg);
  if (!Number.isInteger(workers) || workers < 1) {
    return `expected a whole number of worker threads (1 or more) after --workers, found ${workersArg}`;
  }
  const { inputs, problems } = await expandInputs(
    args.positionals,
    args.values.get('--files-from'),
  );
  if (problems.length > 0) return problems.join('\n');
  if (inputs.length === 0) return 'expected a FILE';
  if (out === null && (inputs.length > 1 || inputs[0]?.folder !== null)) {
    return 'expected one FILE (use --out DIR for several, or a folder)';
  }
  if (out !== null && inputs.some((i) => i.input === STDIN)) {
    return 'expected files with --out, found - (standard input)';
  }
  // DIR/<name>.json: two inputs with the same name would overwrite each other.
  const jobs = inputs.map((input) => ({
    input,
    target: `${input.folder === null ? path.basename(input.input) : path.relative(input.folder, input.input)}.json`,
  }));
  const seen = new Set<string>();
  for (const { target } of jobs) {
    if (out !== null && seen.has(target)) {
      return `expected distinct file names with --out, found ${target.slice(0, -'.json'.length)} twice`;
    }
    seen.add(target);
  }
  return { out, jobs, workers, pretty: args.values.has('--pretty') };
}

/** Bytes in the file, or 0 when it cannot be stat'ed (its reader will say why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The geoparser in this thread (which extracts beside the workers, if any). */
async function inThread(gazetteer: Gazetteer) {
  const [{ createGeoparser }, { extractFile, extractTo }] = await Promise.all([
    import('../geoparse/index.ts'),
    import('./extract-output.ts'),
  ]);
  const geoparser = createGeoparser(gazetteer);
  return {
    file: (text: string, pretty: boolean) => extractFile(text, geoparser, pretty),
    to: (job: OutputJob, pretty: boolean) => extractTo(job, geoparser, pretty),
  };
}

async function main(): Promise<number> {
  const args = await extractArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args !== USAGE) say(`extract: ${args}`);
    say(USAGE);
    return args === USAGE ? 0 : 2;
  }
  const started = performance.now();
  if (args.out === null) {
    // One input, printed: read (and refused) before the gazetteer is loaded.
    const [{ input }] = args.jobs as [Job];
    const read = await (input.input === STDIN
      ? textOf(input, await readStdin(MAX_SOURCE_BYTES))
      : readInput(input));
    if (!read.ok) {
      say(read.problem);
      return 1;
    }
    const gazetteer = await loadGazetteer({ onProgress: (m) => say(`extract: ${m}`) });
    process.stdout.write((await inThread(gazetteer)).file(read.text, args.pretty).json);
    return 0;
  }
  const out = args.out;
  const { pretty } = args;
  // The worker threads start now and load their code while this thread gets the jobs and the
  // gazetteer ready. This thread extracts too: N threads are this one and N - 1 workers (one
  // that only waited would cost a worker's memory and a wake-up per file, for nothing).
  const workers = Math.min(args.workers, args.jobs.length);
  const pool =
    workers > 1
      ? await startPool<OutputJob, FileOutcome>({
          module: new URL('./extract-worker.ts', import.meta.url),
          size: workers - 1,
        })
      : null;
  // Each thread reads the files it extracts; the largest go first, so that no thread is left
  // with a long file at the end while the others wait.
  const jobs: OutputJob[] = args.jobs
    .map(({ input, target }) => ({
      input,
      target: path.join(out, target),
      size: sizeOf(input.input),
    }))
    .sort((a, b) => b.size - a.size)
    .map(({ input, target }) => ({ input, target }));
  const folders = new Set(jobs.map((job) => path.dirname(job.target)));
  for (const folder of folders) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch {
      // Said per file, when its output cannot be written there.
    }
  }
  let gazetteer: StoredGazetteer;
  try {
    gazetteer = await loadGazetteer({ onProgress: (m) => say(`extract: ${m}`) });
  } catch (error) {
    await pool?.close(); // waiting threads would keep the process from ending
    throw error;
  }
  const extracting = startProgress('extracting', jobs.length);
  let mentions = 0;
  let dropped = 0;
  let written = 0;
  let failures = 0;
  const done = (i: number, outcome: JobOutcome<FileOutcome>): void => {
    const job = jobs[i] as OutputJob;
    if (!outcome.ok) {
      say(`${inputLabel(job.input)}: error: ${outcome.message}`);
      failures++;
    } else if (!outcome.value.read) {
      say(outcome.value.problem);
      failures++;
    } else if (outcome.value.writeError !== null) {
      // A full disk or a read-only folder is named per file; the batch goes on, exit status 1.
      say(`${job.target}: error: could not write: ${outcome.value.writeError}`);
      failures++;
    } else {
      written++;
      mentions += outcome.value.mentions;
      dropped += outcome.value.droppedAsFurniture;
    }
    extracting.tick();
  };
  const { to } = await inThread(gazetteer);
  if (pool === null) {
    for (const [i, job] of jobs.entries()) {
      try {
        done(i, { ok: true, value: await to(job, pretty) });
      } catch (error) {
        done(i, { ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    }
  } else {
    await pool.run(jobs, { index: gazetteer.shared, pretty } satisfies ExtractData, done, (job) =>
      to(job, pretty),
    );
  }
  // Outputs were written whole but not synced one by one: each folder is synced once now.
  for (const folder of folders) {
    try {
      await syncDirectory(folder);
    } catch (error) {
      say(`${folder}: error: could not sync: ${error instanceof Error ? error.message : error}`);
      failures++;
    }
  }
  extracting.finish();
  say(
    `extract: ${written.toLocaleString('en')} file(s) written to ${out} (${mentions.toLocaleString('en')} mentions, ${dropped.toLocaleString('en')} dropped as page furniture), ${failures} failed, in ${duration(performance.now() - started)}`,
  );
  if (process.env.CITEMAP_REPORT_PEAK_RSS) {
    // For the benchmark: worker threads live in this process, so this covers them too.
    const usage = process.resourceUsage();
    const seconds = (us: number): string => (us / 1e6).toFixed(2);
    say(
      `extract: peak RSS ${Math.round(usage.maxRSS / 1024)} MB; CPU ${seconds(usage.userCPUTime)} s user + ${seconds(usage.systemCPUTime)} s system`,
    );
  }
  return failures > 0 ? 1 : 0;
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
