import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  headerCounts,
  launch,
  listedKind,
  openApp,
  placesListed,
  readData,
  type Session,
  setYearMode,
  setYearRange,
  sourceLine,
  visibleMentionCount,
  yearRange,
} from './driver.ts';

describe('small things a reader notices', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the header and the places list count the same places', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    const named = new Set(data.mentions.features.map((m) => m.properties.placeId)).size;
    expect((await headerCounts(page)).places).toBe(named);
    expect(await placesListed(page)).toBe(named);
  });

  it('a district is called a district, not admin2', async () => {
    const data = readData();
    const { page } = session;
    const district = data.places.features.find(
      (p) => p.properties.kind === 'admin2' && p.properties.mentionCount > 0,
    );
    if (!district) return; // The data names no district.
    await openApp(page);
    expect(await listedKind(page, district.properties.name, district.properties.id)).toBe(
      'district',
    );
  });

  it('a source with one mention shown says "1 mention"', async () => {
    const data = readData();
    const { page } = session;
    // A year that one source refers to exactly once.
    const seen = new Map<string, number>();
    for (const m of data.mentions.features) {
      for (const y of m.properties.years) {
        const key = `${m.properties.sourceId} ${y}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    const once = [...seen.entries()].find(([, n]) => n === 1);
    if (!once) return;
    const [sourceId, year] = once[0].split(' ') as [string, string];
    await openApp(page);
    await setYearMode(page, 'referenced');
    await setYearRange(page, Number(year), Number(year));
    expect(await sourceLine(page, sourceId)).toMatch(/· 1 mention$/);
  });

  it('a link whose years lie outside the data shows the nearest years, not an empty map', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page, '?to=1800');
    const years = data.mentions.features
      .map((m) => m.properties.publishedYear)
      .filter((y): y is number => y !== null);
    const first = Math.min(...years);
    expect(await yearRange(page)).toEqual({ from: first, to: first });
    expect(await visibleMentionCount(page)).toBe(
      data.mentions.features.filter((m) => m.properties.publishedYear === first).length,
    );
  });

  it('the source list names each source’s author', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    for (const s of data.sources.sources) {
      if (s.author) expect(await sourceLine(page, s.id)).toContain(s.author);
    }
  });
});
