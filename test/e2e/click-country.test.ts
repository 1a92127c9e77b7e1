import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickMapAt,
  isInside,
  launch,
  openApp,
  openPanelId,
  ownCounts,
  type pagePoint,
  pagePoints,
  pointsInside,
  readData,
  type Session,
  type SiteData,
  tooltipAt,
} from './driver.ts';

/**
 * A spot in view inside a cited country where nothing more specific is drawn: outside every
 * named area, well away from every town's circle.
 */
async function countrySpot(page: Parameters<typeof pagePoint>[0], data: SiteData) {
  const own = ownCounts(data);
  const named = data.places.features.filter((p) => (own.get(p.properties.id) ?? 0) > 0);
  // Areas drawn over a country (world regions are not drawn: they hold countries).
  const areas = named.filter(
    (p) => p.geometry.type.endsWith('Polygon') && p.properties.country !== null,
  );
  const towns = (
    await pagePoints(
      page,
      named.filter((p) => p.geometry.type === 'Point').map((p) => p.properties.point),
    )
  ).filter((p) => p !== null);
  const countries = named
    .filter((p) => p.properties.kind === 'country')
    .sort((a, b) => (own.get(b.properties.id) ?? 0) - (own.get(a.properties.id) ?? 0));
  for (const country of countries) {
    const inside = pointsInside(country, 80).filter(
      ([lon, lat]) => !areas.some((a) => a !== country && isInside(a, lon, lat)),
    );
    const at = await pagePoints(page, inside);
    const k = at.findIndex(
      (p) => p !== null && towns.every((t) => Math.hypot(t.x - p.x, t.y - p.y) > 40),
    );
    if (k >= 0) {
      const [lon, lat] = inside[k]!;
      return { lon, lat, country, count: own.get(country.properties.id) ?? 0 };
    }
  }
  throw new Error('e2e: no cited country in view with room to click');
}

describe('clicking what is seen', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a click on a country selects the country', async () => {
    const { page } = session;
    const data = readData();
    await openApp(page);
    const spot = await countrySpot(page, data);
    await clickMapAt(page, spot.lon, spot.lat);
    // The panel follows the popup, once the popup's quotes are in.
    await expect.poll(() => openPanelId(page)).toBe(spot.country.properties.id);
  });

  it('hovering a place shows its name and count in a tooltip', async () => {
    const { page } = session;
    const data = readData();
    await openApp(page);
    const spot = await countrySpot(page, data);
    const text = await tooltipAt(page, spot.lon, spot.lat);
    expect(text).toContain(spot.country.properties.name);
    expect(text).toContain(`${spot.count} mention`);
  });
});
