/**
 * The one module that knows how to drive the app in a real browser (Debian's chromium via
 * playwright-core). Tests speak in user actions — openMap(), selectSource(), setYearRange(),
 * clickRegion() — and never touch selectors themselves, so a UI change is mended here once.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
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
  return {
    browser,
    context,
    page,
    errors,
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

/** Counts the canvas pixels that differ from the most common colour: a blank map scores 0. */
export async function countPaintedPixels(
  page: Page,
): Promise<{ total: number; painted: number; colours: number }> {
  const png = await page.locator('[data-testid="map"] canvas').screenshot();
  return page.evaluate(async (b64) => {
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
    }
    const total = data.length / 4;
    const top = Math.max(...counts.values());
    return { total, painted: total - top, colours: counts.size };
  }, png.toString('base64'));
}
