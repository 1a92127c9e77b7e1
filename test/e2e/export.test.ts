import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportCsv,
  exportGeoJson,
  launch,
  openApp,
  parseCsv,
  readData,
  type Session,
  selectSource,
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
});
