/**
 * `npm run bench`: extraction throughput and memory. Prints figures; asserts nothing.
 *
 * The corpus is made of documents of 2–12 KB, each a random recombination of sentences from the
 * seed articles (/work/shared/seeds, or ../shared/seeds next to the repository; skipped when
 * absent) and of synthetic world-news sentences built from templates and a list of real places,
 * persons and organisations (so recognition, filtering and resolution all do real work). A fixed
 * seed makes runs comparable.
 *
 * Reported:
 * - whole process: the real CLI (`extract --out DIR FOLDER` in a child process, with the
 *   command line of `npm run extract`, so start-up, gazetteer load, reading and writing
 *   included) on a generated folder (default 10 MB, BENCH_FOLDER_MB), with 1 thread and with
 *   one per core (`--workers N`: the main thread and N - 1 workers): MB/s, MB/s per core, the
 *   CPU time of all its threads (less noisy than the wall clock on a busy machine)
 *   and the child's peak RSS. Worker threads live in the child's process, so its peak RSS
 *   (getrusage, printed by the CLI under CITEMAP_REPORT_PEAK_RSS) is the whole tree's; the
 *   bench checks it against the VmHWM it samples from /proc;
 * - in process (default 24 MB, BENCH_MB): MB/s and docs/s on one core (this thread) and on all
 *   cores (worker threads sharing this thread's gazetteer index), mentions found, peak RSS.
 * BENCH_WORKERS=n sets the number of threads (default: the number of cores).
 * BENCH_KEEP_FOLDER=DIR writes the generated folder to DIR/articles and keeps it (and its
 * outputs, DIR/out-N), to compare outputs before and after a change; BENCH_ONLY_WHOLE=1 skips the
 * in-process part.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { mentionsOutsideFurniture } from '../src/pipeline/dataset/annotate.ts';
import { loadGazetteer, sharedGazetteer } from '../src/pipeline/gazetteer/index.ts';
import { createGeoparser } from '../src/pipeline/geoparse/index.ts';
import type { Geoparser } from '../src/pipeline/geoparse/types.ts';
import { seededRandom } from '../test/unit/random.ts';

/** The shipped configuration: the build's furniture stage and geoparser. */
const mentionCount = (geoparser: Geoparser, text: string): number =>
  mentionsOutsideFurniture(text, geoparser).kept.length;

interface WorkerIn {
  docs: string[];
  /** The main thread's gazetteer index, shared. */
  index: SharedArrayBuffer | ArrayBuffer;
}
interface WorkerOut {
  ms: number;
  mentions: number;
  maxRssKb: number;
  loadMs: number;
}

const PLACES = [
  'Kabul',
  'Kandahar',
  'Helmand',
  'Khost',
  'Jalalabad',
  'Peshawar',
  'Quetta',
  'Islamabad',
  'Karachi',
  'Lahore',
  'Herat',
  'Mazar-i-Sharif',
  'Kunduz',
  'Paktia',
  'North Waziristan',
  'Paris',
  'Texas',
  'Georgia',
  'Tbilisi',
  'Portland',
  'Maine',
  'Oregon',
  'Tripoli',
  'Lebanon',
  'Libya',
  'Hyderabad',
  'Sindh',
  'Córdoba',
  'Spain',
  'Argentina',
  'Nairobi',
  'Kenya',
  'Somalia',
  'Mogadishu',
  'Sahel',
  'Mali',
  'Niger',
  'Bamako',
  'Kyiv',
  'Odesa',
  'Ukraine',
  'Belfast',
  'Dublin',
  'Taiwan',
  'Manila',
  'Jakarta',
  'Cairo',
  'Baghdad',
  'Tehran',
  'Moscow',
  'Beijing',
  'Delhi',
  'Mumbai',
  'Dhaka',
  'Colombo',
  'Lagos',
  'Abuja',
  'Khartoum',
  'Darfur',
  'Bogotá',
  'Caracas',
  'Panama',
  'Mexico City',
  'Washington',
  'London',
  'Berlin',
  'Rome',
  'Brussels',
];
const PERSONS = [
  'Peter Bergen',
  'Riccardo Valle',
  'George Washington',
  'Paris Hilton',
  'Mullah Omar',
  'Jordan Henderson',
];
const ORGS = [
  'University of Trieste',
  'Voice of America',
  'Kabul University',
  'Doha Agreement',
  'Islamic Movement of Uzbekistan',
];
const TEMPLATES = [
  'Fighting broke out in {P} on Monday, officials in {P} said.',
  '{P} and {P} signed an agreement after talks in {P}, {P}.',
  'Police said the convoy left {P} for {P} before dawn.',
  '{N}, a researcher at the {O}, said the attacks in {P} province were coordinated.',
  'Floods in {P} displaced thousands, according to aid groups in {P}.',
  'The government in {P} denied the report, which {N} described as accurate.',
  '{P} has accused {P} of harbouring militants near the {P}-{P} border.',
  'Residents of {P} said markets reopened on Tuesday, while schools in {P} stayed shut.',
  'In the tribal areas, elders met envoys from {P} and {P} to discuss the ceasefire.',
  'Reading the statement, the spokesman for the {O} said talks would resume in March.',
];

function synthSentence(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return pick(TEMPLATES)
    .replace(/\{P\}/g, () => pick(PLACES))
    .replace(/\{N\}/g, () => pick(PERSONS))
    .replace(/\{O\}/g, () => pick(ORGS));
}

function seedSentences(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dirs = ['/work/shared/seeds', path.resolve(here, '../../shared/seeds')];
  const dir = dirs.find((d) => existsSync(d));
  if (dir === undefined) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const s of text.split(/(?<=[.!?])\s+|\n+/)) if (s.trim().length > 20) out.push(s.trim());
  }
  return out;
}

function makeCorpus(totalBytes: number, seed = 42): string[] {
  const r = seededRandom(seed);
  const seeds = seedSentences();
  const docs: string[] = [];
  let total = 0;
  while (total < totalBytes) {
    const target = 2_000 + Math.floor(r() * 10_000);
    const parts: string[] = [];
    let len = 0;
    if (r() < 0.3) parts.push(`${PLACES[Math.floor(r() * PLACES.length)]!.toUpperCase()} -- `);
    while (len < target) {
      const s =
        seeds.length > 0 && r() < 0.5 ? seeds[Math.floor(r() * seeds.length)]! : synthSentence(r);
      parts.push(s, r() < 0.2 ? '\n\n' : ' ');
      len += s.length + 1;
    }
    const doc = parts.join('');
    docs.push(doc);
    total += Buffer.byteLength(doc, 'utf8');
  }
  return docs;
}

async function runWorker(): Promise<void> {
  const { docs, index } = workerData as WorkerIn;
  const t0 = performance.now();
  const parser = createGeoparser(sharedGazetteer(index));
  const loadMs = performance.now() - t0;
  let mentions = 0;
  const t1 = performance.now();
  for (const d of docs) mentions += mentionCount(parser, d);
  const out: WorkerOut = {
    ms: performance.now() - t1,
    mentions,
    maxRssKb: process.resourceUsage().maxRSS,
    loadMs,
  };
  parentPort?.postMessage(out);
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

const loadAverage = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** `npm run extract`'s command line (node, its options and arguments), run from ROOT. */
function extractCommand(): string[] {
  const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
  const [program, ...args] = String(scripts.extract).split(' ');
  if (program !== 'node') throw new Error(`expected npm run extract to run node, found ${program}`);
  return args;
}

/** Peak RSS of a process so far, from /proc (kB), or 0 where there is no /proc. */
function highWaterKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The real CLI in a child process, timed from spawn to exit. */
function runCli(
  folder: string,
  out: string,
  workers: number,
): Promise<{
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  sampledMb: number;
  summary: string;
}> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [...extractCommand(), '--workers', String(workers), '--out', out, folder],
      {
        cwd: ROOT,
        env: { ...process.env, CITEMAP_REPORT_PEAK_RSS: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    let sampled = 0;
    const sampler = setInterval(() => {
      sampled = Math.max(sampled, highWaterKb(child.pid ?? 0));
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`extract exited with ${code}:\n${stderr}`));
        return;
      }
      const peakMb = Number(/peak RSS (\d+) MB/.exec(stderr)?.[1] ?? 0);
      const cpu = /CPU ([\d.]+) s user \+ ([\d.]+) s system/.exec(stderr);
      const cpuSeconds = Number(cpu?.[1] ?? 0) + Number(cpu?.[2] ?? 0);
      const summary = /file\(s\) written.*$/m.exec(stderr)?.[0] ?? '';
      resolve({ seconds, cpuSeconds, peakMb, sampledMb: Math.round(sampled / 1024), summary });
    });
  });
}

/** `extract --out` on a generated folder, start-up included, at 1 worker and at all cores. */
async function wholeProcess(): Promise<void> {
  const targetMb = Number(process.env.BENCH_FOLDER_MB ?? 10);
  const keep = process.env.BENCH_KEEP_FOLDER;
  const dir = keep ?? mkdtempSync(path.join(os.tmpdir(), 'citemap-bench-'));
  try {
    const folder = path.join(dir, 'articles');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const docs = makeCorpus(targetMb * 1e6, 7);
    docs.forEach((d, i) => {
      writeFileSync(path.join(folder, `doc-${String(i).padStart(5, '0')}.txt`), d);
    });
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
    console.log(
      `whole process: extract --out on a folder of ${docs.length} files, ${mb(bytes)} MB`,
    );
    const cores = Math.max(1, Number(process.env.BENCH_WORKERS ?? os.availableParallelism()));
    for (const workers of [...new Set([1, cores])]) {
      const out = path.join(dir, `out-${workers}`);
      rmSync(out, { recursive: true, force: true });
      const r = await runCli(folder, out, workers);
      const rate = bytes / 1e6 / r.seconds;
      console.log(
        `  ${workers === 1 ? '1 thread' : `${workers} threads (main + ${workers - 1} worker${workers === 2 ? '' : 's'})`}: ${rate.toFixed(2)} MB/s ` +
          `(${(rate / workers).toFixed(2)} MB/s per core) in ${r.seconds.toFixed(1)} s, ` +
          `${r.cpuSeconds.toFixed(1)} CPU-s (all threads); ` +
          `peak RSS ${r.peakMb} MB (process-wide: workers are threads; /proc VmHWM sampled ` +
          `${r.sampledMb} MB); load average ${loadAverage()}`,
      );
    }
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // Figures depend on what else runs: the load average says how busy the machine was.
  console.log(`cores: ${os.availableParallelism()}, load average ${loadAverage()}`);
  await wholeProcess();
  if (process.env.BENCH_ONLY_WHOLE) return;

  const targetMb = Number(process.env.BENCH_MB ?? 24);
  const docs = makeCorpus(targetMb * 1e6);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);

  console.log(
    `in process: corpus of ${docs.length} documents, ${mb(bytes)} MB (seeds + synthetic world news)`,
  );
  const t0 = performance.now();
  const gazetteer = await loadGazetteer();
  const parser = createGeoparser(gazetteer);
  console.log(
    `in process: gazetteer + geoparser loaded in ${Math.round(performance.now() - t0)} ms`,
  );
  // Warm-up: JIT and memo, on a slice not counted.
  for (const d of docs.slice(0, 20)) mentionCount(parser, d);

  const t1 = performance.now();
  let mentions = 0;
  for (const d of docs) mentions += mentionCount(parser, d);
  const s1 = (performance.now() - t1) / 1000;
  console.log(
    `one core: ${(bytes / 1e6 / s1).toFixed(2)} MB/s, ${Math.round(docs.length / s1)} docs/s, ` +
      `${mentions} mentions in ${s1.toFixed(1)} s; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  );

  const cores = Math.max(1, Number(process.env.BENCH_WORKERS ?? os.availableParallelism()));
  const chunks: string[][] = Array.from({ length: cores }, () => []);
  docs.forEach((d, i) => {
    chunks[i % cores]!.push(d);
  });
  const t2 = performance.now();
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<WorkerOut>((resolve, reject) => {
          // Workers need the TypeScript loader too: register tsx, then load this file.
          const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
          const w = new Worker(boot, {
            eval: true,
            workerData: { docs: chunk, index: gazetteer.shared } satisfies WorkerIn,
          });
          w.once('message', (m: WorkerOut) => resolve(m));
          w.once('error', reject);
        }),
    ),
  );
  const wall = (performance.now() - t2) / 1000;
  const parseWall = Math.max(...results.map((r) => r.ms)) / 1000;
  const found = results.reduce((n, r) => n + r.mentions, 0);
  console.log(
    `${cores} cores (worker threads, one shared gazetteer): ${(bytes / 1e6 / parseWall).toFixed(2)} MB/s, ` +
      `${Math.round(docs.length / parseWall)} docs/s parsing (${parseWall.toFixed(1)} s; ` +
      `${wall.toFixed(1)} s with each worker starting, ` +
      `${Math.round(Math.max(...results.map((r) => r.loadMs)))} ms), ${found} mentions`,
  );
  console.log(
    `peak RSS: main ${mb(process.resourceUsage().maxRSS * 1024)} MB (process-wide, includes workers' heaps)`,
  );
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  runWorker().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
