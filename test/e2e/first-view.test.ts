import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  boundsShare,
  holdPlaceData,
  launch,
  mapView,
  openMap,
  placeDataArrived,
  readFirstView,
  type Session,
  withoutFirstViewFile,
} from './driver.ts';

/** The map starts at its first view (data/view.json) without waiting for the places. */
describe('the first view', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('frames the cited places before the places and mentions have arrived', async () => {
    const { page } = session;
    await page.goto('about:blank');
    const held = await holdPlaceData(page);
    let share: number | null;
    try {
      await openMap(page);
      expect(await placeDataArrived(page)).toBe(false);
      // The cited area fills the map in one direction (the fit's padding aside), all of it shown.
      share = await boundsShare(page, readFirstView());
    } finally {
      held.release();
    }
    expect(share).toBeGreaterThan(0.8);
    expect(share).toBeLessThanOrEqual(1);
  });

  it('gives way to a view in the URL, before and after the data has arrived', async () => {
    const { page } = session;
    await page.goto('about:blank');
    const held = await holdPlaceData(page);
    try {
      await openMap(page, '#map=7/30/70');
      expect(await placeDataArrived(page)).toBe(false);
      expect(await mapView(page)).toEqual({ zoom: 7, lat: 30, lon: 70 });
    } finally {
      held.release();
    }
    await page.waitForSelector('body[data-data-shown="true"]', { state: 'attached' });
    expect(await mapView(page)).toEqual({ zoom: 7, lat: 30, lon: 70 });
    expect(session.errors).toEqual([]);
  });

  // Last: the 404 it causes is a console error.
  it('frames the cited places all the same for data built without view.json', async () => {
    const { page } = session;
    await page.goto('about:blank');
    await withoutFirstViewFile(page);
    await openMap(page);
    expect(await boundsShare(page, readFirstView())).toBeGreaterThan(0.8);
    await page.unrouteAll();
  });
});
