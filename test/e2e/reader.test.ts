import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  currentReaderMention,
  launch,
  mostMentioned,
  openApp,
  openPanel,
  openReader,
  openReaderInSource,
  readData,
  readerPosition,
  readPanel,
  type Session,
  stepReader,
} from './driver.ts';

describe('the source reader', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the full text with the mention it was opened from marked', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    const place = mostMentioned(data, ['city', 'admin1'])[0]!;
    await openPanel(page, place);
    await openReader(page);
    expect(page.url()).toContain('read=');
    const current = page.locator('.reader-mention.current');
    expect(await current.count()).toBe(1);
    expect(session.errors).toEqual([]);
  });

  it("another place's mention leads to that place's panel, which Escape closes", async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    await openPanel(page, mostMentioned(data, ['city', 'admin1'])[0]!);
    await openReader(page);
    // Another place's mention in the text takes us to that place's panel.
    const other = page.locator('.reader-mention:not(.current)').first();
    const title = (await other.getAttribute('title')) ?? '';
    await other.click();
    expect(await page.getByTestId('reader').count()).toBe(0);
    const panel = await readPanel(page);
    expect(title).toContain(panel.heading.trim());
    // Escape closes the panel.
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('place-panel').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it("Previous and Next step through the place's mentions in the source, saying which of how many", async () => {
    const data = readData();
    const { page } = session;
    // A town named several times in one source.
    const starts = new Map<string, number[]>();
    for (const m of data.mentions.features) {
      const key = `${m.properties.placeId} ${m.properties.sourceId}`;
      starts.set(key, [...(starts.get(key) ?? []), m.properties.start]);
    }
    const towns = new Set(mostMentioned(data, ['city']).map((p) => p.properties.id));
    const [key, offsets] = [...starts.entries()]
      .filter(([k]) => towns.has(k.split(' ')[0]!))
      .sort((a, b) => b[1].length - a[1].length)[0]!;
    const [placeId, sourceId] = key.split(' ') as [string, string];
    const place = data.places.features.find((p) => p.properties.id === placeId)!;
    offsets.sort((a, b) => a - b);
    expect(offsets.length).toBeGreaterThan(1);
    await openApp(page);
    await openPanel(page, place);
    await openReaderInSource(page, sourceId);
    const name = place.properties.name;
    expect(await readerPosition(page)).toBe(`${name}: 1 of ${offsets.length}`);
    expect(await currentReaderMention(page)).toBe(offsets[0]);
    await stepReader(page, 'next');
    expect(await readerPosition(page)).toBe(`${name}: 2 of ${offsets.length}`);
    expect(await currentReaderMention(page)).toBe(offsets[1]);
    await stepReader(page, 'previous');
    expect(await readerPosition(page)).toBe(`${name}: 1 of ${offsets.length}`);
    expect(await currentReaderMention(page)).toBe(offsets[0]);
  });
});
