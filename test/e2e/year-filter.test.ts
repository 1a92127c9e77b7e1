import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickYearBar,
  launch,
  openApp,
  placeListCounts,
  readData,
  type Session,
  setYearMode,
  setYearRange,
  visibleMentionCount,
} from './driver.ts';

describe('the year filter', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('narrowing the publication years removes other years’ mentions everywhere', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    const years = data.mentions.features
      .map((m) => m.properties.publishedYear)
      .filter((y): y is number => y !== null);
    const latest = Math.max(...years);
    await setYearRange(page, latest, latest);
    const expected = data.mentions.features.filter((m) => m.properties.publishedYear === latest);
    expect(await visibleMentionCount(page)).toBe(expected.length);
    const listed = await placeListCounts(page);
    const shownPlaces = new Set(expected.map((m) => m.properties.placeId));
    for (const id of shownPlaces) expect(listed.has(id)).toBe(true);
    // A place mentioned only in other years is gone from the list.
    const elsewhere = data.mentions.features.find(
      (m) => m.properties.publishedYear !== latest && !shownPlaces.has(m.properties.placeId),
    );
    if (elsewhere) {
      const p = data.places.features.find((x) => x.properties.id === elsewhere.properties.placeId)!;
      // Unless a place inside it keeps it listed.
      const hasChild = data.places.features.some(
        (c) => c.properties.parents.includes(p.properties.id) && shownPlaces.has(c.properties.id),
      );
      if (!hasChild) expect(listed.has(p.properties.id)).toBe(false);
    }
    expect(page.url()).toContain(`from=${latest}`);
  });

  it('switching to the years a sentence refers to filters on those years', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    await setYearMode(page, 'referenced');
    const referred = data.mentions.features.flatMap((m) => m.properties.years);
    if (referred.length === 0) return;
    const year = [...referred].sort((a, b) => a - b)[Math.floor(referred.length / 2)]!;
    await setYearRange(page, year, year);
    const expected = data.mentions.features.filter((m) => m.properties.years.includes(year));
    expect(await visibleMentionCount(page)).toBe(expected.length);
    expect(session.errors).toEqual([]);
  });

  it('a click on a histogram bar shows only that year', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    const years = data.mentions.features
      .map((m) => m.properties.publishedYear)
      .filter((y): y is number => y !== null);
    const earliest = Math.min(...years);
    await clickYearBar(page, earliest);
    const expected = data.mentions.features.filter((m) => m.properties.publishedYear === earliest);
    expect(await visibleMentionCount(page)).toBe(expected.length);
    expect(await page.getByTestId('year-from').inputValue()).toBe(String(earliest));
    expect(await page.getByTestId('year-to').inputValue()).toBe(String(earliest));
  });
});
