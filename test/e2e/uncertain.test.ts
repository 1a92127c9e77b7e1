/**
 * Places the geoparser was unsure of (test/e2e/fixtures: the mentions of Khost city and of
 * Paktia have a low confidence and alternatives) are drawn apart and say what else they could be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNCERTAIN_LINE } from '../../src/app/map/palette.ts';
import type { PlaceFeature } from '../../src/shared/types.ts';
import {
  clickRegion,
  countPaintedPixels,
  launch,
  mapColoursAt,
  openApp,
  pagePoint,
  readData,
  readPanel,
  readPopup,
  type Session,
  type SiteData,
  selectSource,
  serveFixtureSite,
  waitForRedraw,
} from './driver.ts';

describe('uncertain places', () => {
  let session: Session;
  let site: Awaited<ReturnType<typeof serveFixtureSite>>;
  let data: SiteData;
  const byId = (id: string): PlaceFeature =>
    data.places.features.find((p) => p.properties.id === id)!;
  beforeAll(async () => {
    site = await serveFixtureSite();
    data = readData(site.dataDir);
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('a town whose every mention is uncertain is a hollow ring, and the legend says so', async () => {
    const { page } = session;
    await openApp(page, '', site.url);
    const centre = async (place: PlaceFeature) => {
      const at = await pagePoint(page, ...place.properties.point);
      if (!at) throw new Error(`${place.properties.name} is not in view`);
      const [c] = await mapColoursAt(page, [at]);
      return c![0] + c![1] + c![2];
    };
    // Khost city: uncertain; Peshawar: certain, a filled dark circle.
    expect(await centre(byId('geonames:1444363'))).toBeGreaterThan(600);
    expect(await centre(byId('geonames:1168197'))).toBeLessThan(300);
    await expect.poll(() => page.getByTestId('legend-uncertain').isVisible()).toBe(true);
  });

  it('an area whose every mention is uncertain has a dark dashed outline', async () => {
    const { page } = session;
    // Close to Paktia, so that its outline is long enough to count.
    await openApp(page, '#map=8/33.6/69.3', site.url);
    const dark = async () => (await countPaintedPixels(page, UNCERTAIN_LINE)).ofColour;
    const withPaktia = await dark();
    // Paktia's one (uncertain) mention is in this source.
    await selectSource(page, 'guardian-khost-2020', false);
    await waitForRedraw(page);
    expect(withPaktia - (await dark())).toBeGreaterThan(100);
  });

  it('the popup of an uncertain place says what else it could be', async () => {
    const { page } = session;
    await openApp(page, '', site.url);
    await clickRegion(page, byId('geonames:1444363'));
    const popup = await readPopup(page);
    expect(popup.text).toContain('uncertain: could also be Khost (Afghanistan), Khost (Pakistan)');
  });

  it('the panel says which of its mentions are uncertain, and what else they could be', async () => {
    const { page } = session;
    await openApp(page, '', site.url);
    await clickRegion(page, byId('admin1:AF-PKA'));
    await readPanel(page);
    const notes = await page
      .getByTestId('place-panel')
      .getByTestId('uncertain-note')
      .allTextContents();
    expect(notes).toEqual(['uncertain: could also be Paktika (Afghanistan)']);
  });
});
