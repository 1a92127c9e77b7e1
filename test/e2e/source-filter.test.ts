import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  mostMentioned,
  openApp,
  openPanel,
  placeListCounts,
  readData,
  readPanel,
  type Session,
  selectSource,
  visibleMentionCount,
} from './driver.ts';

describe('the source filter', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('removes an unticked source’s mentions from the counts, the list and the panel', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    const total = data.mentions.features.length;
    expect(await visibleMentionCount(page)).toBe(total);

    // The most mentioned place that at least two sources name, and one of those sources.
    const place = mostMentioned(data, ['admin1', 'city', 'site', 'region', 'country']).find(
      (p) => p.properties.sourceCount >= 2,
    )!;
    const mentions = data.mentions.features.filter(
      (m) => m.properties.placeId === place.properties.id,
    );
    const sourceId = mentions[0]!.properties.sourceId;
    const removed = data.mentions.features.filter((m) => m.properties.sourceId === sourceId).length;
    const removedHere = mentions.filter((m) => m.properties.sourceId === sourceId).length;

    await openPanel(page, place);
    expect((await readPanel(page)).sourceIds).toContain(sourceId);
    const before = (await placeListCounts(page)).get(place.properties.id)!;

    await selectSource(page, sourceId, false);
    expect(await visibleMentionCount(page)).toBe(total - removed);
    const panel = await readPanel(page);
    expect(panel.sourceIds).not.toContain(sourceId);
    expect(panel.mentionIds.some((id) => id.startsWith(`${sourceId}:`))).toBe(false);
    // The list counts the mentions that name the place.
    expect((await placeListCounts(page)).get(place.properties.id) ?? 0).toBe(before - removedHere);
    expect(session.errors).toEqual([]);
  });
});
