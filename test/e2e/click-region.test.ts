import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickRegion,
  launch,
  mostMentioned,
  openApp,
  readData,
  readPanel,
  readPopup,
  type Session,
} from './driver.ts';

describe('clicking the map', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a province opens its panel with quotes from the sources that name it', async () => {
    const data = readData();
    const { page } = session;
    const province = mostMentioned(data, ['admin1'])[0];
    expect(province, 'the data has a mentioned province').toBeDefined();
    await openApp(page);
    await clickRegion(page, province!);
    const panel = await readPanel(page);
    expect(panel.placeId).toBe(province!.properties.id);
    expect(panel.heading.trim()).toBe(province!.properties.name);
    const own = data.mentions.features.filter(
      (m) => m.properties.placeId === province!.properties.id,
    );
    const expectedSources = new Set(own.map((m) => m.properties.sourceId));
    for (const s of expectedSources) expect(panel.sourceIds).toContain(s);
    for (const m of own) expect(panel.mentionIds).toContain(m.properties.id);
    // Its quotes are the sentences from the data.
    const m = own[0]!.properties;
    const at = Math.max(0, m.start - m.quoteStart);
    const around = m.quote.slice(Math.max(0, at - 20), at + m.text.length + 20);
    expect(panel.quotes.join('\n')).toContain(around);
    expect(session.errors).toEqual([]);
  });

  it('a popup quotes the source that names the place', async () => {
    const data = readData();
    const { page } = session;
    const city = mostMentioned(data, ['city', 'site'])[0]!;
    await openApp(page);
    await clickRegion(page, city);
    const popup = await readPopup(page);
    expect(popup.title).toBe(city.properties.name);
    const mention = data.mentions.features.find(
      (m) => m.properties.placeId === city.properties.id,
    )!;
    const source = data.sources.sources.find((s) => s.id === mention.properties.sourceId)!;
    expect(popup.sourceIds).toContain(source.id);
    expect(popup.text).toContain(source.title);
    // The name is marked in the quote as the source spells it.
    const spellings = data.mentions.features
      .filter((m) => m.properties.placeId === city.properties.id)
      .map((m) => m.properties.text);
    const mark = page.getByTestId('popup').locator('mark').first();
    expect(spellings).toContain(await mark.textContent());
  });

  it('a border opens its panel', async () => {
    const data = readData();
    const { page } = session;
    const border = mostMentioned(data, ['border'])[0];
    if (!border) return; // The data names no border.
    await openApp(page);
    await clickRegion(page, border);
    const panel = await readPanel(page);
    expect(panel.placeId).toBe(border.properties.id);
    expect(panel.mentionIds.length).toBeGreaterThan(0);
  });
});
