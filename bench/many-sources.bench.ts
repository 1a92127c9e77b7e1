/**
 * `npm run bench:many`: a folder of many small articles (default 10,000; `BENCH_SOURCES=n`),
 * through `npm run extract -- --out OUT DIR` on a pseudo-terminal (so the progress bar is
 * drawn) and `npm run data -- --sources DIR` three times: with a cold geoparse cache, a warm
 * one, and after adding one article (README "Incremental builds"). Checks one output per input
 * and prints the times and the build's phases; the articles are generated from a few
 * sentences written for this benchmark, each one different.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCacheFile } from '../src/pipeline/dataset/parse-cache.ts';

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
  const c = PLACES[(i * 3 + 1) % PLACES.length];
  return `---\nid: article-${i}\ntitle: Report ${i} from ${a}\npublished: ${2000 + (i % 24)}\n---\nTrucks left ${a} on Monday and reached ${b} two days later, carrying ${i} sacks of flour.\n\nTraders in ${b} said prices had risen since the spring of ${1990 + (i % 30)}. A convoy from ${c} is expected next week.\n`;
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
  // The bar clears its line (ESC [K) before the summary is printed on it.
  const summary = shown
    .split(/[\r\n]+/)
    .map((line) => line.replaceAll('\u001b[K', ''))
    .find((line) => line.startsWith('extract: '));
  console.log(`  ${summary ?? 'no summary line'}`);
  const outputs = filesUnder(out);
  console.log(
    `  ${outputs.toLocaleString('en')} outputs for ${COUNT.toLocaleString('en')} inputs: ${outputs === COUNT ? 'ok' : 'MISSING OUTPUTS'}`,
  );
  const data = path.join(dir, 'data');
  const build = (label: string): void => {
    const output = timed(label, () =>
      execFileSync(
        'npx',
        ['tsx', 'src/pipeline/cli/build.ts', '--sources', sources, '--out', data],
        { cwd: ROOT, encoding: 'utf8' },
      ),
    );
    console.log(
      `  ${output
        .trim()
        .split('\n')
        .at(-1)
        ?.replace(/^citemap: /, '')}`,
    );
  };
  build('data --sources DIR (cold geoparse cache)');
  const built = (
    JSON.parse(readFileSync(path.join(data, 'sources.json'), 'utf8')) as { sources: unknown[] }
  ).sources.length;
  console.log(
    `  ${built.toLocaleString('en')} sources built: ${built === COUNT ? 'ok' : 'MISSING SOURCES'}`,
  );
  build('data --sources DIR again (warm cache)');
  writeFileSync(
    path.join(sources, 'batch-0', 'one-more.txt'),
    article(COUNT).replaceAll(`article-${COUNT}`, 'one-more'),
  );
  build('data --sources DIR after adding one article');
  if (outputs !== COUNT || built !== COUNT) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(parseCacheFile(path.join(ROOT, '.cache/build'), path.join(dir, 'sources')), {
    force: true,
  });
}
