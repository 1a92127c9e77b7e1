import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT } from '../../src/app/map/palette.ts';
import {
  countPaintedPixels,
  hoverRegion,
  launch,
  mostMentioned,
  moveMouseOffMap,
  openApp,
  readData,
  type Session,
} from './driver.ts';

describe('hovering the map', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('outlines the province under the mouse, and only while it is there', async () => {
    const { page } = session;
    const province = mostMentioned(readData(), ['admin1'])[0]!;
    await openApp(page);
    const outlined = async () => (await countPaintedPixels(page, HIGHLIGHT)).ofColour;
    const before = await outlined();
    await hoverRegion(page, province);
    const during = await outlined();
    // An outline a few pixels wide around a province: hundreds of pixels at least.
    expect(during).toBeGreaterThan(before + 200);
    expect(
      await page.locator('[data-testid="map"] canvas').evaluate((c) => getComputedStyle(c).cursor),
    ).toBe('pointer');
    await moveMouseOffMap(page);
    expect(await outlined()).toBeLessThan(before + 20);
  });
});
