/**
 * `npm run bench:map`: how the map app performs in headless Chromium, on the real data
 * (dist/, as `npm run build` made it), on a generated 100,000-mention / 5,000-place data set,
 * and — for comparison — a bare MapLibre map with the same embedded basemap. Prints figures;
 * asserts nothing. Needs a built dist/ (it runs `vite build` if there is none).
 * - popup with a lazily loaded quote: from the click on the most mentioned town to its quote in
 *   the popup, its quotes file fetched then (model/quotes.ts), from a local server; once per
 *   load (each a fresh page), the median of the runs;
 *
 * - load: navigation start → data on screen (the app's `citemap:data-shown` mark, set at the
 *   first map idle after the counts and names are drawn), or → first idle for the bare map; the median
 *   of BENCH_RUNS loads (default 5), the pages taking turns so that a busy moment of the
 *   machine does not fall on one of them only;
 * - CPU: the browser's CPU time during a load, per process (Linux /proc), median: in headless
 *   Chromium the GPU process is SwiftShader, software rendering, and usually the largest;
 * - bytes: every response gzipped here (what a compressing server would send), by kind, and
 *   those whose request went out before the data was on screen (what the first frame waited
 *   for; the browser's own request times, not when this script heard of them);
 * - filter change: script time of a source checkbox click — handler, signals, counts,
 *   feature-state and label updates, Preact re-render — median of 20; and the time until the
 *   next frame is painted (in headless Chromium that is SwiftShader, software GL: slow, and
 *   not what a laptop's GPU would show).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import {
  countBySource,
  countPlaces,
  type Filter,
  indexData,
  rankPlaces,
  visibleMask,
  yearHistogram,
} from '../src/app/filters.ts';
import { chooseLabels } from '../src/app/map/labels.ts';
import { placeGroups } from '../src/app/map/place-layers.ts';
import { uncertainPlaces } from '../src/app/model/uncertainty.ts';
import { parseMentionIndex } from '../src/app/parse-data.ts';
import { encodeMentions } from '../src/shared/mention-index.ts';
import type { PlaceFeature } from '../src/shared/types.ts';
import { mostMentioned, pagePoint, readData } from '../test/e2e/driver.ts';
import { type Fixture, largeFixture, writeFixture } from '../test/e2e/fixtures/generate.ts';
import { serveDir } from '../test/e2e/serve.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CACHE = path.resolve('.cache/bench-map');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

interface Figures {
  name: string;
  loadMs: number;
  loadRange: [number, number];
  /** CPU milliseconds spent during a load, per Chromium process type (median of the runs). */
  cpu: Record<string, number>;
  /** Navigation → map created, → map style loaded, → data fetched and indexed. */
  phases?: Phases;
  bytes: Record<string, { raw: number; gzip: number }>;
  /** Bytes of the responses that came before the data was on screen. */
  firstDraw: { raw: number; gzip: number };
  filterScriptMs?: number;
  /** Click on a place → its quote shown in the popup, the quotes file fetched on the way. */
  popupQuoteMs?: number;
  popupQuoteRange?: [number, number];
  filterFrameMs?: number;
  mentions?: number;
}

function kindOf(url: string): string {
  if (/\.(m?js)(\?|$)/.test(url)) return 'js';
  if (/\/data\/basemap\.json/.test(url)) return 'basemap';
  if (/\/data\//.test(url)) return 'data';
  return 'other';
}

/**
 * CPU time (ms) of this benchmark's Chromium, summed by process type: the processes descended
 * from the browser this script started (other Chromiums on a shared machine are not counted);
 * empty where /proc is not.
 */
function chromiumCpu(): Record<string, number> {
  const out: Record<string, number> = {};
  const procs = new Map<number, { parent: number; cmd: string; ticks: number }>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      // Fields after the command name: ppid is the 2nd, utime and stime the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      procs.set(Number(pid), {
        parent: Number(fields[1]),
        cmd,
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // The process ended meanwhile.
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = procs.get(pid); p; p = procs.get(p.parent)) {
      if (p.parent === process.pid) return true;
    }
    return false;
  };
  for (const [pid, p] of procs) {
    if (!p.cmd.includes(path.basename(CHROMIUM)) || !ours(pid)) continue;
    const type = /--type=([a-z-]+)/.exec(p.cmd)?.[1] ?? 'browser';
    // Clock ticks of 10 ms.
    out[type] = (out[type] ?? 0) + p.ticks * 10;
  }
  return out;
}

/** Navigation → map created, → map style loaded, → data fetched and indexed. */
interface Phases {
  mapCreated: number;
  mapLoaded: number;
  /** The app only. */
  dataIndexed: number;
}

interface Load {
  loadMs: number;
  phases: Phases;
  cpu: Record<string, number>;
}

/** One load in a fresh context; counts bytes when asked to, and times a filter change after. */
async function loadOnce(
  browser: Browser,
  root: string,
  url: string,
  app: boolean,
  extras: {
    bytes?: Figures['bytes'];
    firstDraw?: Figures['firstDraw'];
    filter?: boolean;
    popup?: PlaceFeature[];
  },
): Promise<Load & Partial<Awaited<ReturnType<typeof filterChange>>> & { popupQuoteMs?: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Sizes come from the served files: the browser does not keep bodies of many megabytes.
  const pending: Promise<void>[] = [];
  const bytes = extras.bytes;
  // Each response with the time its request was sent (ms since the epoch): those sent before
  // the data was on screen are what the first draw waited for.
  const sizes: { sentAt: number; raw: number; gzip: number }[] = [];
  if (bytes) {
    page.on('response', (response) => {
      const file = path.join(root, decodeURIComponent(new URL(response.url()).pathname));
      if (response.status() !== 200 || !file.startsWith(root) || file.endsWith('/')) return;
      const sentAt = response.request().timing().startTime;
      pending.push(
        readFile(file)
          .then((body) => {
            const k = kindOf(response.url());
            const entry = bytes[k] ?? { raw: 0, gzip: 0 };
            bytes[k] = entry;
            const gzip = gzipSync(body).length;
            entry.raw += body.length;
            entry.gzip += gzip;
            sizes.push({ sentAt, raw: body.length, gzip });
          })
          .catch(() => {}),
      );
    });
  }
  await page.goto('about:blank');
  // A moment for the new renderer to settle, so its start-up is not counted as the page's.
  await new Promise((r) => setTimeout(r, 300));
  const before = chromiumCpu();
  await page.goto(url);
  let loadMs: number;
  let phases: Phases;
  // CPU to the data on screen (the app) or the first idle (the bare map).
  let after: Record<string, number>;
  if (app) {
    await page.waitForSelector('body[data-data-shown="true"]', {
      timeout: 120_000,
      state: 'attached',
    });
    after = chromiumCpu();
    loadMs = await page.evaluate(
      () => performance.getEntriesByName('citemap:data-shown')[0]?.startTime ?? Number.NaN,
    );
    phases = await page.evaluate(() => ({
      mapCreated: performance.getEntriesByName('citemap:map-created')[0]?.startTime ?? Number.NaN,
      mapLoaded: performance.getEntriesByName('citemap:map-loaded')[0]?.startTime ?? Number.NaN,
      dataIndexed: performance.getEntriesByName('citemap:data-indexed')[0]?.startTime ?? Number.NaN,
    }));
  } else {
    await page.waitForSelector('body[data-idle="true"]', { timeout: 120_000, state: 'attached' });
    after = chromiumCpu();
    loadMs = await page.evaluate(() => Number(document.body.dataset.idleAt));
    phases = await page.evaluate(() => ({
      mapCreated: performance.getEntriesByName('citemap:map-created')[0]?.startTime ?? Number.NaN,
      mapLoaded: performance.getEntriesByName('citemap:map-loaded')[0]?.startTime ?? Number.NaN,
      dataIndexed: Number.NaN,
    }));
  }
  const cpu: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) cpu[k] = v - (before[k] ?? 0);
  await Promise.all(pending);
  if (extras.firstDraw) {
    const shownAt = await page.evaluate((ms) => performance.timeOrigin + ms, loadMs);
    for (const r of sizes) {
      if (r.sentAt > shownAt) continue; // (-1 when unknown: counted)
      extras.firstDraw.raw += r.raw;
      extras.firstDraw.gzip += r.gzip;
    }
  }
  const filter = app && extras.filter ? await filterChange(page) : {};
  const popup = app && extras.popup ? { popupQuoteMs: await popupQuote(page, extras.popup) } : {};
  await context.close();
  return { loadMs, phases, cpu, ...filter, ...popup };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Every page loaded RUNS times, taking turns; bytes and the filter change on the first run. */
async function measureAll(
  browser: Browser,
  pages: readonly {
    name: string;
    root: string;
    url: string;
    app: boolean;
    popup?: PlaceFeature[];
  }[],
): Promise<Figures[]> {
  const runs: Load[][] = pages.map(() => []);
  const popups: number[][] = pages.map(() => []);
  const figures: Figures[] = pages.map((p) => ({
    name: p.name,
    loadMs: 0,
    loadRange: [0, 0],
    cpu: {},
    bytes: {},
    firstDraw: { raw: 0, gzip: 0 },
  }));
  for (let run = 0; run < RUNS; run++) {
    for (const [i, p] of pages.entries()) {
      const f = figures[i]!;
      const first = run === 0;
      const load = await loadOnce(browser, p.root, p.url, p.app, {
        ...(first ? { bytes: f.bytes, firstDraw: f.firstDraw } : {}),
        filter: first,
        // On every run: each load is a fresh page, whose quotes are not loaded yet.
        ...(p.popup ? { popup: p.popup } : {}),
      });
      if (load.popupQuoteMs !== undefined) popups[i]!.push(load.popupQuoteMs);
      runs[i]!.push(load);
      if (first && load.filterScriptMs !== undefined) {
        f.filterScriptMs = load.filterScriptMs;
        f.filterFrameMs = load.filterFrameMs;
        f.mentions = load.mentions;
      }
    }
  }
  for (const i of pages.keys()) {
    const f = figures[i]!;
    const loads = runs[i]!;
    const clicks = popups[i]!.filter((ms) => !Number.isNaN(ms));
    if (clicks.length > 0) {
      f.popupQuoteMs = median(clicks);
      f.popupQuoteRange = [Math.min(...clicks), Math.max(...clicks)];
    }
    const times = loads.map((l) => l.loadMs);
    f.loadMs = median(times);
    f.loadRange = [Math.min(...times), Math.max(...times)];
    for (const type of new Set(loads.flatMap((l) => Object.keys(l.cpu)))) {
      f.cpu[type] = median(loads.map((l) => l.cpu[type] ?? 0));
    }
    f.phases = {
      mapCreated: median(loads.map((l) => l.phases.mapCreated)),
      mapLoaded: median(loads.map((l) => l.phases.mapLoaded)),
      dataIndexed: median(loads.map((l) => l.phases.dataIndexed)),
    };
  }
  return figures;
}

/** Toggles the first source off and on 20 times, timing each change. */
async function filterChange(
  page: Page,
): Promise<{ filterScriptMs: number; filterFrameMs: number; mentions: number }> {
  return page.evaluate(async () => {
    const box = document.querySelector<HTMLInputElement>('input[type="checkbox"][data-source-id]');
    if (!box) return { filterScriptMs: Number.NaN, filterFrameMs: Number.NaN, mentions: 0 };
    const script: number[] = [];
    const frame: number[] = [];
    for (let k = 0; k < 20; k++) {
      const t0 = performance.now();
      // The handler, the signals and their effects (counts, feature state) run synchronously
      // within click(); Preact re-renders in a microtask. Awaiting microtasks only keeps
      // MapLibre's next frame (rendering, not filtering) out of the figure.
      box.click();
      for (let m = 0; m < 5; m++) await Promise.resolve();
      script.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      frame.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    // No helper functions in here: tsx would wrap them in a __name() the page does not have.
    script.sort((a, b) => a - b);
    frame.sort((a, b) => a - b);
    const mentions = Number(document.querySelector('[data-testid="visible-count"]')?.textContent);
    return { filterScriptMs: script[10]!, filterFrameMs: frame[10]!, mentions };
  });
}

/**
 * Clicks the map at the first of the most mentioned towns it shows uncovered (by the panel,
 * legend or controls) and times, in the page, from the click to the first quote in the popup
 * that opens (for that town, or a place drawn over it): none of its quotes are loaded before
 * (a fresh page). NaN when no popup opened there.
 */
async function popupQuote(page: Page, towns: readonly PlaceFeature[]): Promise<number> {
  await page.evaluate(() => {
    const times: { click: number; quote: number } = { click: 0, quote: 0 };
    (window as unknown as { benchPopup: typeof times }).benchPopup = times;
    document.addEventListener(
      'click',
      () => {
        if (times.quote === 0) times.click = performance.now();
      },
      true,
    );
    new MutationObserver(() => {
      if (times.quote === 0 && document.querySelector('[data-testid="popup"] .quote')) {
        times.quote = performance.now();
      }
    }).observe(document.body, { subtree: true, childList: true });
  });
  // The first town in view that no panel, legend or control covers.
  let at: { x: number; y: number } | null = null;
  for (const town of towns) {
    const point = await pagePoint(page, ...town.properties.point);
    if (!point) continue;
    const onMap = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas'),
      point,
    );
    if (onMap) {
      at = point;
      break;
    }
  }
  if (!at) return Number.NaN;
  await page.mouse.click(at.x, at.y);
  try {
    await page.waitForSelector('[data-testid="popup"] .quote', { timeout: 30_000 });
  } catch {
    return Number.NaN;
  }
  return page.evaluate(() => {
    const t = (window as unknown as { benchPopup: { click: number; quote: number } }).benchPopup;
    return t.quote - t.click;
  });
}

/** A bare MapLibre page with the same basemap, built next to the app for a fair comparison. */
async function buildBare(dist: string): Promise<string> {
  const src = path.join(CACHE, 'bare-src');
  await rm(src, { recursive: true, force: true });
  await mkdir(src, { recursive: true });
  await writeFile(
    path.join(src, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><style>html,body,#m{margin:0;height:100%}</style></head><body><div id="m"></div><script type="module" src="./main.ts"></script></body></html>',
  );
  await writeFile(
    path.join(src, 'main.ts'),
    `import 'maplibre-gl/dist/maplibre-gl.css';
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
setWorkerUrl(workerUrl);
const map = new Map({ container: 'm', center: [66, 33], zoom: 4, style: { version: 8,
  sources: { basemap: { type: 'geojson', data: 'data/basemap.json' } },
  layers: [
    { id: 'water', type: 'background', paint: { 'background-color': '#cfe3ef' } },
    { id: 'land', type: 'fill', source: 'basemap', filter: ['==', ['get', 'layer'], 'country'], paint: { 'fill-color': '#f4f1ea' } },
    { id: 'lines', type: 'line', source: 'basemap', filter: ['==', ['get', 'layer'], 'country'], paint: { 'line-color': '#8c857b' } },
    { id: 'labels', type: 'symbol', source: 'basemap', filter: ['==', ['get', 'layer'], 'country-label'], layout: { 'text-field': ['get', 'name'], 'text-font': ['sans-serif'] } },
  ] } });
performance.mark('citemap:map-created');
map.once('load', () => performance.mark('citemap:map-loaded'));
map.once('idle', () => { document.body.dataset.idleAt = String(performance.now()); document.body.dataset.idle = 'true'; });
`,
  );
  const out = path.join(CACHE, 'bare');
  await build({
    configFile: false,
    root: src,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
  });
  await cp(path.join(dist, 'data', 'basemap.json'), path.join(out, 'data', 'basemap.json'));
  return out;
}

/**
 * The filter computations alone (src/app/filters.ts, the uncertain places, the labels chosen), in
 * Node, on the generated set: every part of the filter changed at once.
 */
function pureCompute(fixture: Fixture): void {
  const { index: file } = encodeMentions(
    fixture.places,
    fixture.sources,
    fixture.mentions.map((m) => m.properties),
  );
  const json = JSON.stringify(file);
  // What the app does with mention-index.json: parse, check, index.
  let t = performance.now();
  const at = Int32Array.from(fixture.places, (_, i) => i);
  const columns = parseMentionIndex(JSON.parse(json), at, fixture.sources).columns;
  const index = indexData(fixture.places, fixture.sources, columns);
  const indexMs = performance.now() - t;
  const groups = placeGroups(index);
  const times: number[] = [];
  for (let k = 0; k < 30; k++) {
    const sources = new Set(index.sources.map((_, i) => i).filter((i) => i % 3 !== k % 3));
    const filter: Filter = {
      sources,
      from: 1995 + (k % 5),
      to: 2015,
      mode: k % 2 ? 'published' : 'referenced',
    };
    t = performance.now();
    const mask = visibleMask(index, filter);
    const counts = countPlaces(index, mask);
    uncertainPlaces(index, mask, counts.own);
    yearHistogram(index, filter);
    countBySource(index, filter);
    rankPlaces(index, counts, '');
    chooseLabels(groups, counts.own);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `bench: filters.ts on 100,000 mentions / 5,000 places (Node): mention-index.json parsed and indexed in ${indexMs.toFixed(0)} ms once; mask + counts + uncertain + histogram + per-source + ranking + labels chosen ${times[15]!.toFixed(1)} ms per change (median of 30)`,
  );
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(0)} KiB`;
}

function print(all: Figures[]): void {
  for (const f of all) {
    console.log(`\n${f.name}`);
    console.log(
      `  navigation → data shown: ${f.loadMs.toFixed(0)} ms (median of ${RUNS}; ${f.loadRange[0].toFixed(0)}–${f.loadRange[1].toFixed(0)})`,
    );
    if (f.phases) {
      console.log(
        `    (map created at ${f.phases.mapCreated.toFixed(0)} ms, its style and basemap loaded at ${f.phases.mapLoaded.toFixed(0)} ms${Number.isNaN(f.phases.dataIndexed) ? '' : `; data fetched + indexed at ${f.phases.dataIndexed.toFixed(0)} ms`})`,
      );
    }
    const cpu = Object.entries(f.cpu)
      .filter(([, ms]) => ms >= 10)
      .sort((a, b) => b[1] - a[1]);
    if (cpu.length > 0) {
      console.log(
        `  browser CPU during the load: ${cpu.map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', ')}`,
      );
    }
    let raw = 0;
    let gz = 0;
    for (const [k, b] of Object.entries(f.bytes).sort()) {
      raw += b.raw;
      gz += b.gzip;
      console.log(`  ${k.padEnd(8)} ${kb(b.gzip).padStart(10)} gzip (${kb(b.raw)} raw)`);
    }
    console.log(`  total    ${kb(gz).padStart(10)} gzip (${kb(raw)} raw)`);
    console.log(
      `  before the data was on screen: ${kb(f.firstDraw.gzip)} gzip (${kb(f.firstDraw.raw)} raw)`,
    );
    if (f.filterScriptMs !== undefined) {
      console.log(
        `  filter change (${f.mentions} mentions shown after): script ${f.filterScriptMs.toFixed(1)} ms, to next frame ${f.filterFrameMs?.toFixed(1)} ms (median of 20)`,
      );
    }
    if (f.popupQuoteMs !== undefined) {
      console.log(
        `  popup with a quote not loaded yet: ${f.popupQuoteMs.toFixed(0)} ms from the click to the quote (median of ${RUNS}; ${f.popupQuoteRange?.map((ms) => ms.toFixed(0)).join('–')})`,
      );
    }
  }
}

async function main(): Promise<void> {
  const dist = path.resolve('dist');
  if (!existsSync(path.join(dist, 'data', 'places.geojson'))) {
    console.log('bench: no built site with data; running npm run build');
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  }
  const large = path.join(CACHE, 'large');
  await rm(large, { recursive: true, force: true });
  await cp(dist, large, { recursive: true, filter: (s) => !s.startsWith(path.join(dist, 'data')) });
  const t = performance.now();
  const fixture = await largeFixture(100_000, 5_000);
  await writeFixture(path.join(large, 'data'), fixture);
  console.log(
    `bench: generated 100,000 mentions / 5,000 places in ${(performance.now() - t).toFixed(0)} ms`,
  );
  pureCompute(fixture);
  const bare = await buildBare(dist);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--disable-dev-shm-usage',
    ],
  });
  // The most mentioned towns: the first one the page shows uncovered is clicked.
  const town = (data: Parameters<typeof mostMentioned>[0]) =>
    mostMentioned(data, ['city', 'site']).slice(0, 20);
  const sites = [
    {
      name: 'citemap, real data (dist/)',
      root: dist,
      app: true,
      popup: town(readData(path.join(dist, 'data'))),
    },
    {
      name: 'citemap, generated 100,000 mentions / 5,000 places',
      root: large,
      app: true,
      popup: town({
        places: { type: 'FeatureCollection', features: fixture.places },
        mentions: { type: 'FeatureCollection', features: fixture.mentions },
        sources: { version: 1, sources: fixture.sources },
      }),
    },
    { name: 'bare MapLibre map, same basemap', root: bare, app: false },
  ];
  const servers = await Promise.all(sites.map((s) => serveDir(s.root)));
  let results: Figures[];
  try {
    results = await measureAll(
      browser,
      sites.map((s, i) => ({ ...s, url: servers[i]!.url })),
    );
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
  await browser.close();
  print(results);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
