import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BORDER_COLOUR } from '../../src/app/map/palette.ts';
import {
  countPaintedPixels,
  launch,
  mostMentioned,
  openApp,
  readData,
  type Session,
  selectAllSources,
  waitForRedraw,
} from './driver.ts';

describe('a border the sources mention', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is drawn along the border, and goes when no shown source mentions it', async () => {
    const { page } = session;
    expect(mostMentioned(readData(), ['border'])[0], 'the data mentions a border').toBeDefined();
    await openApp(page);
    const line = async () => (await countPaintedPixels(page, BORDER_COLOUR)).ofColour;
    // Hundreds of kilometres of border, a few pixels wide (the legend's sample line is in the
    // picture too, and stays).
    const drawn = await line();
    expect(drawn).toBeGreaterThan(300);
    await selectAllSources(page, false);
    await waitForRedraw(page);
    expect(await line()).toBeLessThan(drawn / 3);
  });
});
