import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  openApp,
  renderedPlaceNames,
  renderedTownNames,
  type Session,
  waitForMapIdle,
} from './driver.ts';

// Paktia and Khost, on the Afghan side of the border with Pakistan, at province level.
const PROVINCE_VIEW = '#map=8/33.4/69.6';
const COUNTRY_VIEW = '#map=4.5/33.4/69.6';

describe('the basemap, zoomed in on a province', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('names towns to orient by, more of them closer in, never over a cited place', async () => {
    const { page } = session;
    await openApp(page, COUNTRY_VIEW);
    const far = await renderedTownNames(page);
    await openApp(page, PROVINCE_VIEW);
    await expect.poll(() => renderedTownNames(page), { timeout: 10_000 }).toContain('Gardez');
    await waitForMapIdle(page);
    const near = await renderedTownNames(page);
    expect(near.length).toBeGreaterThan(10);
    expect(near.length).toBeGreaterThan(far.length);
    // Khost is cited: its name is the cited place's label, not a second, basemap one.
    expect(await renderedPlaceNames(page)).toContain('Khost');
    expect(near).not.toContain('Khost');
  });
});
