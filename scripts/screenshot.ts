/**
 * `npm run screenshot`: regenerates docs/screenshot.png (for the README) from the built site
 * in dist/ — the map with the most mentioned province's panel open. Run `npm run build` first.
 *
 *   tsx scripts/screenshot.ts [--out FILE] [--width 1400] [--height 860] [--url-suffix '?…#map=…']
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { PlaceCollection } from '../src/shared/types.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshot.png' },
    width: { type: 'string', default: '1400' },
    height: { type: 'string', default: '860' },
    'url-suffix': { type: 'string' },
  },
});

async function main(): Promise<void> {
  const dist = path.resolve('dist');
  if (!existsSync(path.join(dist, 'data', 'places.geojson'))) {
    throw new Error('no built site with data in dist/: run `npm run build` first');
  }
  let suffix = values['url-suffix'];
  if (!suffix) {
    // The most mentioned province (own mentions), or else the most mentioned place.
    const places = JSON.parse(
      await readFile(path.join(dist, 'data', 'places.geojson'), 'utf8'),
    ) as PlaceCollection;
    const ranked = [...places.features].sort(
      (a, b) => b.properties.mentionCount - a.properties.mentionCount,
    );
    const pick = ranked.find((p) => p.properties.kind === 'admin1') ?? ranked[0];
    suffix = pick ? `?place=${encodeURIComponent(pick.properties.id)}` : '';
  }
  const server = await preview({
    configFile: false,
    root: dist,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('no preview URL');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: Number(values.width), height: Number(values.height) },
      deviceScaleFactor: 1,
    });
    await page.goto(url + suffix);
    await page.waitForSelector('body[data-data-shown="true"]', {
      state: 'attached',
      timeout: 60_000,
    });
    // Let the fitted view settle and the labels fade in.
    await page.waitForTimeout(1500);
    await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
    await page.screenshot({ path: values.out });
    console.log(`screenshot: ${values.out} (${url}${suffix})`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(`screenshot: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
