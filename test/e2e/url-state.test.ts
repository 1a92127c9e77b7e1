import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  mapView,
  mostMentioned,
  openApp,
  openPanel,
  openPanelId,
  readData,
  readPanel,
  type Session,
  selectSource,
  visibleMentionCount,
  waitForViewChange,
} from './driver.ts';

describe('the URL', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('restores sources, years, open place and view', async () => {
    const data = readData();
    const { page } = session;
    const place = mostMentioned(data, ['admin1', 'city'])[0]!;
    const kept = data.sources.sources[0]!.id;
    const years = data.mentions.features
      .map((m) => m.properties.publishedYear ?? 0)
      .filter(Boolean);
    const from = Math.min(...years);
    const to = Math.max(...years);
    const suffix = `?sources=${kept}&from=${from}&to=${to}&place=${encodeURIComponent(place.properties.id)}#map=6/33.5/67.2`;
    await openApp(page, suffix);
    const expected = data.mentions.features.filter((m) => m.properties.sourceId === kept).length;
    expect(await visibleMentionCount(page)).toBe(expected);
    expect(await page.locator(`input[data-source-id="${kept}"]`).isChecked()).toBe(true);
    const other = data.sources.sources[1];
    if (other)
      expect(await page.locator(`input[data-source-id="${other.id}"]`).isChecked()).toBe(false);
    expect((await readPanel(page)).heading.trim()).toBe(place.properties.name);
    expect(page.url()).toContain('#map=6/33.5/67.2');
  });

  it('Back and Forward step through filter changes', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    const total = await visibleMentionCount(page);
    const id = data.sources.sources[0]!.id;
    await selectSource(page, id, false);
    const fewer = await visibleMentionCount(page);
    expect(fewer).toBeLessThan(total);
    await page.goBack();
    await expect.poll(() => visibleMentionCount(page)).toBe(total);
    await page.goForward();
    await expect.poll(() => visibleMentionCount(page)).toBe(fewer);
    expect(session.errors).toEqual([]);
  });

  it('Back and Forward bring back the view that went with each step', async () => {
    const data = readData();
    const { page } = session;
    const place = mostMentioned(data, ['admin1'])[0]!;
    await openApp(page);
    const hash = () => page.evaluate(() => location.hash);
    const start = await hash();
    await openPanel(page, place);
    expect(await waitForViewChange(page, start)).toBe(true);
    const atPlace = await hash();
    await page.goBack();
    await expect.poll(() => openPanelId(page)).toBeNull();
    // Back shows the view before the place, Forward the place's own.
    expect(await waitForViewChange(page, atPlace)).toBe(true);
    expect(await hash()).toBe(start);
    await page.goForward();
    await expect.poll(() => openPanelId(page)).toBe(place.properties.id);
    await waitForViewChange(page, await hash(), 2000);
    const shown = await mapView(page);
    const expected = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(atPlace)!.slice(1).map(Number);
    expect([shown.zoom, shown.lat, shown.lon]).toEqual(expected);
  });
});
