import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAND } from '../../src/app/map/palette.ts';
import {
  countPaintedPixels,
  drawnWhenDataShown,
  launch,
  mostMentioned,
  openApp,
  readData,
  renderedPlaceNames,
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

  it('draws the cited places with their counts first, and their names a moment after', async () => {
    const { page } = session;
    const drawn = await drawnWhenDataShown(page, '');
    expect(drawn.placeMarks).toBeGreaterThan(0);
    expect(drawn.placeNames).toEqual([]);
    // openApp waited for the names: the most mentioned town is named now.
    const [town] = mostMentioned(readData(), ['city']);
    expect(await renderedPlaceNames(page)).toContain(town!.properties.name);
  });
});
