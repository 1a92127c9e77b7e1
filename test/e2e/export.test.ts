import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportCsv,
  exportCsvFile,
  exportGeoJson,
  exportGeoJsonFile,
  launch,
  openApp,
  parseCsv,
  readData,
  type Session,
  selectSource,
  setExportShapes,
  setYearRange,
  visibleMentionCount,
} from './driver.ts';

describe('export', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('exports exactly the mentions shown, as CSV and GeoJSON', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    const dropped = data.sources.sources[0]!.id;
    await selectSource(page, dropped, false);
    const shown = await visibleMentionCount(page);
    const expected = new Set(
      data.mentions.features
        .filter((m) => m.properties.sourceId !== dropped)
        .map((m) => m.properties.id),
    );
    expect(shown).toBe(expected.size);

    const rows = parseCsv(await exportCsv(page));
    const header = rows[0]!;
    const idCol = header.indexOf('mention_id');
    const ids = rows.slice(1).map((r) => r[idCol]);
    expect(ids).toHaveLength(shown);
    expect(new Set(ids)).toEqual(expected);

    const geojson = await exportGeoJson(page);
    expect(geojson.type).toBe('FeatureCollection');
    expect(new Set(geojson.features.map((f) => f.properties.id))).toEqual(expected);
    expect(session.errors).toEqual([]);
  });

  it('GeoJSON with shapes gives areas and borders their real geometry', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    await setExportShapes(page, true);
    const geojson = await exportGeoJson(page);
    const kinds = new Map(data.places.features.map((p) => [p.properties.id, p.geometry.type]));
    const types = geojson.features.map((f) => [f.geometry.type, kinds.get(f.properties.placeId)]);
    // Every mention has the geometry of its place, and some of them are polygons and lines.
    for (const [got, place] of types) expect(got).toBe(place);
    expect(types.some(([t]) => t === 'Polygon' || t === 'MultiPolygon')).toBe(true);
    expect(types.some(([t]) => t === 'MultiLineString' || t === 'LineString')).toBe(true);
  });

  it('records the applied filters in the GeoJSON and in the file names', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    const dropped = data.sources.sources[0]!.id;
    await selectSource(page, dropped, false);
    await setYearRange(page, 2016, 2021);
    const { name, data: geojson } = await exportGeoJsonFile(page);
    const kept = data.sources.sources.map((s) => s.id).filter((id) => id !== dropped);
    expect(geojson.citemap.filters).toEqual({
      sources: kept,
      from: 2016,
      to: 2021,
      yearMode: 'published',
    });
    const all = data.sources.sources.length;
    expect(name).toBe(
      `citemap-mentions_${kept.length}-of-${all}-sources_2016-2021-published.geojson`,
    );
    expect((await exportCsvFile(page)).name).toBe(name.replace(/geojson$/, 'csv'));
  });

  it('starts the CSV with a UTF-8 byte-order mark, so spreadsheets read accents right', async () => {
    const { page } = session;
    await openApp(page);
    const { bytes } = await exportCsvFile(page);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
