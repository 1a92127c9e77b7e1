import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  openApp,
  openPanel,
  panelMentionYears,
  readData,
  type Session,
  setYearMode,
  setYearRange,
} from './driver.ts';

describe('years referred to: a present-tense claim', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is kept under its publication year and says it is dated by publication', async () => {
    const data = readData();
    const { page } = session;
    // The 2020 article's "Al-Qaeda is present in Ghor, Helmand, …": no year of its own.
    const claim = data.mentions.features.find(
      (m) =>
        m.properties.publishedYear === 2020 &&
        m.properties.text === 'Helmand' &&
        m.properties.quote.includes('Al-Qaeda is present in'),
    );
    expect(claim).toBeDefined();
    const place = data.places.features.find((p) => p.properties.id === claim!.properties.placeId)!;
    await openApp(page);
    await setYearMode(page, 'referenced');
    await setYearRange(page, 2020, 2022);
    await openPanel(page, place);
    expect(await panelMentionYears(page, claim!.properties.id)).toBe(
      'Refers to 2020 · dated by publication',
    );
    await expect
      .poll(() => page.getByTestId('year-mode-help').textContent())
      .toContain('dated by publication');
    expect(session.errors).toEqual([]);
  });
});
