import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  mostMentioned,
  openApp,
  openPanel,
  openProvenance,
  readData,
  type Session,
} from './driver.ts';

describe('how a place was placed', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is folded in the panel, and opened by keyboard it names the gazetteer entry', async () => {
    const { page } = session;
    const town = mostMentioned(readData(), ['city'])[0]!;
    const geonamesId = town.properties.id.replace('geonames:', '');
    await openApp(page);
    await openPanel(page, town);
    const { wasOpen, text } = await openProvenance(page);
    expect(wasOpen).toBe(false);
    expect(text).toContain(`GeoNames ${geonamesId}`);
    expect(text).toContain('cities500');
    expect(text).toMatch(/\d+ sure \(0\.8 or more\)/);
  });
});
