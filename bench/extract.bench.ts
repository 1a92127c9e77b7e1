/**
 * `npm run bench`: geoparser throughput on a generated corpus. Prints figures; asserts nothing.
 *
 * The corpus (default 24 MB, `BENCH_MB=50` for more) is made of documents of 2–12 KB, each a
 * random recombination of sentences from the seed articles (/work/shared/seeds, or
 * ../shared/seeds next to the repository; skipped when absent) and of synthetic world-news
 * sentences built from templates and a list of real places, persons and organisations (so
 * recognition, filtering and resolution all do real work). A fixed seed makes runs comparable.
 *
 * Reported: MB/s and docs/s on one core (this thread) and on all cores (worker_threads, one
 * geoparser and gazetteer per worker), mentions found, and peak RSS of the main process and of
 * the workers (each worker reports its own resourceUsage().maxRSS). BENCH_WORKERS=n sets the
 * number of workers (default: the number of cores).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { mentionsOutsideFurniture } from '../src/pipeline/dataset/annotate.ts';
import type { Geoparser } from '../src/pipeline/geoparse/types.ts';
import { loadGeoparser } from '../src/pipeline/orchestration/load-geoparser.ts';

/** The shipped configuration: the build's furniture stage and geoparser. */
const mentionCount = (geoparser: Geoparser, text: string): number =>
  mentionsOutsideFurniture(text, geoparser).kept.length;
const quiet = (): void => {};

interface WorkerIn {
  docs: string[];
}
interface WorkerOut {
  ms: number;
  mentions: number;
  maxRssKb: number;
  loadMs: number;
}

/** Small deterministic PRNG (mulberry32), so every run parses the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
  const r = rng(seed);
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
  const { docs } = workerData as WorkerIn;
  const t0 = performance.now();
  const parser = await loadGeoparser(quiet);
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

async function main(): Promise<void> {
  const targetMb = Number(process.env.BENCH_MB ?? 24);
  const docs = makeCorpus(targetMb * 1e6);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  console.log(`corpus: ${docs.length} documents, ${mb(bytes)} MB (seeds + synthetic world news)`);
  // Figures depend on what else runs: the load average says how busy the machine was.
  console.log(
    `cores: ${os.availableParallelism()}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );

  const t0 = performance.now();
  const parser = await loadGeoparser(quiet);
  console.log(`gazetteer + geoparser loaded in ${Math.round(performance.now() - t0)} ms`);
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
            workerData: { docs: chunk } satisfies WorkerIn,
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
    `${cores} cores (worker_threads): ${(bytes / 1e6 / parseWall).toFixed(2)} MB/s, ` +
      `${Math.round(docs.length / parseWall)} docs/s parsing (${parseWall.toFixed(1)} s; ` +
      `${wall.toFixed(1)} s with each worker loading the gazetteer, ` +
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
