import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPaintedPixels, launch, openMap, type Session } from './driver.ts';

describe('the map', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws the embedded basemap with no network and no console errors', async () => {
    await openMap(session.page);
    const pixels = await countPaintedPixels(session.page);
    // Land over water: a good share of the canvas is not the background colour.
    expect(pixels.painted / pixels.total).toBeGreaterThan(0.05);
    expect(pixels.colours).toBeGreaterThan(2);
    expect(session.errors).toEqual([]);
  });
});
