import type { MultiLineString } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_RAMP } from '../../src/app/map/palette.ts';
import { fillClass } from '../../src/app/model/encoding.ts';
import {
  drawnWhenDataShown,
  isInside,
  launch,
  mapColoursAt,
  openApp,
  ownCounts,
  pagePoints,
  readData,
  renderedPlaceNames,
  renderedTownNames,
  type Session,
  waitForMapIdle,
} from './driver.ts';

// Paktia and Khost, on the Afghan side of the border with Pakistan, at province level.
const PROVINCE_VIEW = '#map=8/33.4/69.6';
const COUNTRY_VIEW = '#map=4.5/33.4/69.6';

describe('the basemap, zoomed in on a province', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('names towns to orient by, more of them closer in, never over a cited place', async () => {
    const { page } = session;
    await openApp(page, COUNTRY_VIEW);
    const far = await renderedTownNames(page);
    await openApp(page, PROVINCE_VIEW);
    await expect.poll(() => renderedTownNames(page), { timeout: 10_000 }).toContain('Gardez');
    await waitForMapIdle(page);
    const near = await renderedTownNames(page);
    expect(near.length).toBeGreaterThan(10);
    expect(near.length).toBeGreaterThan(far.length);
    // Khost is cited: its name is the cited place's label, not a second, basemap one.
    expect(await renderedPlaceNames(page)).toContain('Khost');
    expect(near).not.toContain('Khost');
  });

  it('draws the cited places first, then the towns around them', async () => {
    const { page } = session;
    expect((await drawnWhenDataShown(page, PROVINCE_VIEW)).towns).toEqual([]);
    await expect.poll(() => renderedTownNames(page), { timeout: 10_000 }).toContain('Gardez');
  });

  it("ends a country's colour at its border, with no sliver of the neighbour's", async () => {
    const { page } = session;
    const data = readData();
    const own = ownCounts(data);
    const place = (id: string) => data.places.features.find((p) => p.properties.id === id)!;
    const swatch = (id: string) => COUNTRY_RAMP[fillClass(own.get(id) ?? 0) - 1]!;
    const [afghan, pakistani] = [swatch('country:AF'), swatch('country:PK')];
    expect(afghan).not.toBe(pakistani);
    // Khost province is not filled (no source names it): Afghanistan's colour shows there, up
    // to the border with Pakistan.
    const khost = place('admin1:AF-KHO');
    expect(own.get('admin1:AF-KHO') ?? 0).toBe(0);
    const border = (place('border:AF-PK').geometry as MultiLineString).coordinates.flat();
    const nearBorder = (lon: number, lat: number) =>
      border.some(([x, y]) => Math.hypot(x! - lon, y! - lat) < 0.12);
    const strip: [number, number][] = [];
    for (let lon = 69.6; lon < 70.4; lon += 0.01)
      for (let lat = 33.0; lat < 33.8; lat += 0.01)
        if (isInside(khost, lon, lat) && nearBorder(lon, lat)) strip.push([lon, lat]);
    await openApp(page, PROVINCE_VIEW);
    const at = (await pagePoints(page, strip)).filter((p) => p !== null);
    expect(at.length).toBeGreaterThan(200);
    const colours = (await mapColoursAt(page, at)).map(
      ([r, g, b]) => `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`,
    );
    expect(colours.filter((c) => c === pakistani)).toEqual([]);
    // Most of the strip is Afghanistan's colour (the rest: town names, lines).
    expect(colours.filter((c) => c === afghan).length).toBeGreaterThan(at.length * 0.7);
  });
});
