import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAND } from '../../src/app/map/palette.ts';
import {
  boxOf,
  isInside,
  launch,
  legendClasses,
  mapColoursAt,
  openApp,
  ownCounts,
  pagePoints,
  pointsInside,
  type Rgb,
  readData,
  type Session,
  selectSource,
} from './driver.ts';

/** The legend class whose label ("1", "2–4", "50+") holds a count. */
function classFor<T extends { label: string }>(classes: T[], count: number): T | undefined {
  return classes.find(({ label }) => {
    const [lo, hi] = label.replace('+', '–').split('–');
    const min = Number(lo);
    const max = hi === undefined ? min : hi === '' ? Number.POSITIVE_INFINITY : Number(hi);
    return count >= min && count <= max;
  });
}

const hex = (h: string): Rgb => {
  const n = Number.parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const distance = (a: Rgb, b: Rgb) =>
  Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);

describe('the fills', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("match the legend's swatch for the mentions that name each area", async () => {
    const { page } = session;
    const data = readData();
    const own = ownCounts(data);
    const polygons = data.places.features.filter((p) => p.geometry.type.endsWith('Polygon'));
    const countries = polygons.filter((p) => p.properties.kind === 'country');
    // Areas drawn over a country: a point in one of them is not the country's colour.
    const drawnAreas = polygons.filter(
      (p) =>
        p.properties.kind !== 'country' &&
        p.properties.country !== null &&
        (own.get(p.properties.id) ?? 0) > 0,
    );
    await openApp(page);
    const legend = await boxOf(page, 'legend');
    const classes = {
      area: await legendClasses(page, 'area'),
      country: await legendClasses(page, 'country'),
    };

    // Spots inside each area, off the areas drawn over it and off the legend, read from one
    // screenshot; an area's colour is the one most of its spots show (labels and circles
    // cover a few).
    const underLegend = (at: { x: number; y: number }) =>
      legend !== null &&
      at.x >= legend.x - 4 &&
      at.x <= legend.x + legend.width + 4 &&
      at.y >= legend.y - 4 &&
      at.y <= legend.y + legend.height + 4;
    const candidates = [
      ...countries.map((p) => ({ place: p, group: 'country' as const })),
      ...drawnAreas
        .filter((p) => p.properties.kind === 'admin1')
        .map((p) => ({ place: p, group: 'area' as const })),
    ];
    const spots = await Promise.all(
      candidates.map(async ({ place }) => {
        const inside = pointsInside(place, 60).filter(
          ([lon, lat]) => !drawnAreas.some((a) => a !== place && isInside(a, lon, lat)),
        );
        const at = await pagePoints(page, inside);
        return at.filter((p): p is { x: number; y: number } => p !== null && !underLegend(p));
      }),
    );
    const colours = await mapColoursAt(page, spots.flat());
    let k = 0;
    const shown = spots.map((list) => {
      const seen = new Map<string, number>();
      for (const c of colours.slice(k, k + list.length)) {
        seen.set(c.join(','), (seen.get(c.join(',')) ?? 0) + 1);
      }
      k += list.length;
      if (list.length < 6) return null;
      const [top] = [...seen.entries()].sort((a, b) => b[1] - a[1]);
      return top![0].split(',').map(Number) as Rgb;
    });

    const checked: string[] = [];
    const classesSeen = new Set<string>();
    candidates.forEach(({ place, group }, i) => {
      const colour = shown[i];
      if (!colour) return;
      const count = own.get(place.properties.id) ?? 0;
      const expected = count === 0 ? null : classFor(classes[group], count);
      if (count > 0) expect(expected, `a legend class for ${count}`).toBeDefined();
      const want = expected ? expected.colour : hex(LAND);
      expect(
        distance(colour, want),
        `${place.properties.name} (${count} mentions) drawn ${colour}, legend ${want}`,
      ).toBeLessThanOrEqual(8);
      checked.push(place.properties.name);
      classesSeen.add(`${group}:${expected?.label ?? 'none'}`);
    });
    // Enough different areas and classes for the check to mean something.
    expect(checked.length, checked.join(', ')).toBeGreaterThanOrEqual(6);
    expect(classesSeen.size, [...classesSeen].join(', ')).toBeGreaterThanOrEqual(4);
    expect(session.errors).toEqual([]);
  });

  it('keep their classes when a filter changes', async () => {
    const { page } = session;
    const data = readData();
    await openApp(page);
    const before = await legendClasses(page, 'area');
    await selectSource(page, data.sources.sources[0]!.id, false);
    expect(await legendClasses(page, 'area')).toEqual(before);
  });
});
