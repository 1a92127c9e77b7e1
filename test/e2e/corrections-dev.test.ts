/**
 * With `npm start`, a correction is saved through the dev server into data/corrections/,
 * the data is rebuilt, and the map shows it without a reload.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  correctPanelMention,
  headerCounts,
  launch,
  openApp,
  openPanel,
  readData,
  type Session,
  startDevServerCopy,
} from './driver.ts';

describe('saving corrections through the dev server', () => {
  let session: Session;
  let dev: Awaited<ReturnType<typeof startDevServerCopy>>;
  beforeAll(async () => {
    [session, dev] = await Promise.all([launch(), startDevServerCopy()]);
  });
  afterAll(async () => {
    await session?.close();
    await dev?.stop();
  });

  it('writes data/corrections/<id>.json, rebuilds, and the map updates without a reload', {
    timeout: 150_000,
  }, async () => {
    const data = readData(path.join(dev.root, 'public', 'data'));
    const { page } = session;
    await openApp(page, '', dev.url);
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const before = await headerCounts(page);
    const struck = data.mentions.features.find((m) => {
      const place = data.places.features.find((p) => p.properties.id === m.properties.placeId);
      return (place?.properties.mentionCount ?? 99) <= 3;
    })!;
    const place = data.places.features.find((p) => p.properties.id === struck.properties.placeId)!;
    await openPanel(page, place);
    await correctPanelMention(page, struck.properties.id, 'not-a-place');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="corrections-status"]')?.textContent ===
        'Saved to data/ and rebuilt.',
      undefined,
      { timeout: 120_000 },
    );
    // The page shows the rebuilt data: one mention fewer, in the same page.
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="visible-count"]')?.textContent === String(n),
      before.mentions - 1,
      { timeout: 30_000 },
    );
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
    const file = JSON.parse(
      readFileSync(
        path.join(dev.root, 'data', 'corrections', `${struck.properties.sourceId}.json`),
        'utf8',
      ),
    );
    expect(file).toMatchObject({
      source: struck.properties.sourceId,
      corrections: [
        { action: 'not-a-place', text: struck.properties.text, start: struck.properties.start },
      ],
    });
    const rebuilt = readData(path.join(dev.root, 'public', 'data'));
    expect(rebuilt.mentions.features.some((m) => m.properties.id === struck.properties.id)).toBe(
      false,
    );
  });
});
