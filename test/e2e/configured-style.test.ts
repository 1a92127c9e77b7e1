import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAND } from '../../src/app/map/palette.ts';
import {
  clickRegion,
  countPaintedPixels,
  launch,
  mostMentioned,
  openApp,
  readData,
  readPanel,
  type Session,
  serveSiteWithStyle,
} from './driver.ts';

/** A style of the user's own: one flat colour, nothing like the embedded basemap. */
const OWN_BACKGROUND = '#d0f0c0';
const ownStyle = {
  version: 8,
  sources: {},
  layers: [
    { id: 'own-background', type: 'background', paint: { 'background-color': OWN_BACKGROUND } },
  ],
};

describe('a map style set in config.json', () => {
  let session: Session;
  let site: Awaited<ReturnType<typeof serveSiteWithStyle>>;
  beforeAll(async () => {
    site = await serveSiteWithStyle(ownStyle);
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('replaces the embedded basemap, with the places drawn and clickable on top', async () => {
    const { page } = session;
    await openApp(page, '', site.url);
    // The own background shows wherever no place is shaded (most of the view is).
    const own = await countPaintedPixels(page, OWN_BACKGROUND);
    expect(own.ofColour / own.total).toBeGreaterThan(0.05);
    // …and the embedded basemap's land (a fifth of the view or more) is nowhere.
    const land = await countPaintedPixels(page, LAND);
    expect(land.ofColour / land.total).toBeLessThan(0.01);
    const province = mostMentioned(readData(), ['admin1'])[0]!;
    await clickRegion(page, province);
    expect((await readPanel(page)).placeId).toBe(province.properties.id);
    expect(session.errors).toEqual([]);
  });
});
