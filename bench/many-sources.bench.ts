/**
 * `npm run bench:many`: a folder of many small articles (default 10,000; `BENCH_SOURCES=n`),
 * through `npm run extract -- --out OUT DIR` on a pseudo-terminal (so the progress bar is
 * drawn) and `npm run data -- --sources DIR`. Checks one output per input and prints the
 * times; the articles are generated from a few sentences written for this benchmark.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const COUNT = Number(process.env.BENCH_SOURCES ?? 10_000);
const ROOT = path.resolve(import.meta.dirname, '..');
const PLACES = [
  'Kandahar',
  'Kabul',
  'Herat',
  'Quetta',
  'Peshawar',
  'Lagos',
  'Lima',
  'Hanoi',
  'Oslo',
  'Nairobi',
];

function article(i: number): string {
  const a = PLACES[i % PLACES.length];
  const b = PLACES[(i * 7 + 3) % PLACES.length];
  return `---\nid: article-${i}\ntitle: Report ${i} from ${a}\npublished: ${2000 + (i % 24)}\n---\nTrucks left ${a} on Monday and reached ${b} two days later.\n\nTraders in ${b} said prices had risen since the spring.\n`;
}

function filesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((n) => String(n).endsWith('.json')).length;
}

function timed(label: string, run: () => string): string {
  const started = performance.now();
  const output = run();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return output;
}

const dir = mkdtempSync(path.join(tmpdir(), 'citemap-many-'));
try {
  const sources = path.join(dir, 'sources');
  for (let i = 0; i < COUNT; i++) {
    const folder = path.join(sources, `batch-${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `article-${i}.txt`), article(i));
  }
  console.log(`${COUNT.toLocaleString('en')} articles in ${sources}`);
  const out = path.join(dir, 'extracted');
  const extract = `npx tsx src/pipeline/cli/extract.ts --out ${out} ${sources}`;
  // `script` gives the command a terminal, as a user running it by hand has.
  const shown = timed('extract --out OUT DIR', () =>
    execFileSync('script', ['-qec', extract, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    }),
  );
  const bars = shown.split('\r').filter((s) => /extracting \[[#.]+\] [\d,]+\/[\d,]+ · /.test(s));
  console.log(
    `  progress bar redrawn ${bars.length} times; last: ${bars
      .at(-1)
      ?.replaceAll('\u001b[K', '')
      .trim()}`,
  );
  const summary = shown.split(/[\r\n]+/).find((line) => line.startsWith('extract: '));
  console.log(`  ${summary ?? 'no summary line'}`);
  const outputs = filesUnder(out);
  console.log(
    `  ${outputs.toLocaleString('en')} outputs for ${COUNT.toLocaleString('en')} inputs: ${outputs === COUNT ? 'ok' : 'MISSING OUTPUTS'}`,
  );
  const data = path.join(dir, 'data');
  timed('data --sources DIR', () =>
    execFileSync('npx', ['tsx', 'src/pipeline/cli/build.ts', '--sources', sources, '--out', data], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  const built = (
    JSON.parse(readFileSync(path.join(data, 'sources.json'), 'utf8')) as { sources: unknown[] }
  ).sources.length;
  console.log(
    `  ${built.toLocaleString('en')} sources built: ${built === COUNT ? 'ok' : 'MISSING SOURCES'}`,
  );
  if (outputs !== COUNT || built !== COUNT) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
