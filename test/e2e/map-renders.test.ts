import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAND } from '../../src/app/map/palette.ts';
import {
  countPaintedPixels,
  drawnWhenDataShown,
  launch,
  mostMentioned,
  openApp,
  readData,
  type Session,
} from './driver.ts';

describe('the map', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws the embedded basemap with no network and no console errors', async () => {
    // With every source unticked nothing is shaded, so what is drawn is the basemap alone.
    await openApp(session.page, '?sources=');
    const pixels = await countPaintedPixels(session.page, LAND);
    // Land and water: a good share of the canvas is the basemap's land, and not all of it.
    expect(pixels.ofColour / pixels.total).toBeGreaterThan(0.2);
    expect(pixels.ofColour / pixels.total).toBeLessThan(0.98);
    expect(pixels.colours).toBeGreaterThan(2);
    expect(session.errors).toEqual([]);
  });

  it('names the cited places in the same frame that first draws their counts', async () => {
    const { page } = session;
    const drawn = await drawnWhenDataShown(page, '');
    expect(drawn.placeMarks).toBeGreaterThan(0);
    const [town] = mostMentioned(readData(), ['city']);
    expect(drawn.placeNames).toContain(town!.properties.name);
  });
});
