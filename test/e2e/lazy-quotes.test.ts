/**
 * The first frame loads only the compact data; quotes are fetched when a popup or panel opens
 * (src/app/model/quotes.ts), and a quotes file that cannot be fetched is said so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  breakQuoteFiles,
  clickMapAt,
  clickRegion,
  holdQuoteFiles,
  launch,
  mostMentioned,
  openApp,
  popupQuotesError,
  readData,
  readPopup,
  type Session,
  watchDataRequests,
} from './driver.ts';

describe('quotes on demand', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('no quote file is requested before a popup or panel opens', async () => {
    const { page } = session;
    const requests = watchDataRequests(page);
    await openApp(page);
    requests.stop();
    expect(requests.paths).toContain('data/mention-index.json');
    expect(requests.paths.filter((p) => p.startsWith('data/quotes/'))).toEqual([]);
    expect(requests.paths).not.toContain('data/mentions.geojson');
  });

  it('a popup opened on a place shows its quotes, fetched then', async () => {
    const data = readData();
    const { page } = session;
    const city = mostMentioned(data, ['city', 'site'])[0]!;
    const mention = data.mentions.features.find(
      (m) => m.properties.placeId === city.properties.id,
    )!.properties;
    await openApp(page);
    const requests = watchDataRequests(page);
    await clickRegion(page, city);
    const popup = await readPopup(page);
    requests.stop();
    expect(requests.paths).toContain(`data/quotes/${mention.sourceId}.0.json`);
    // The quote is the sentence from the data, around the name.
    const at = Math.max(0, mention.start - mention.quoteStart);
    expect(popup.text).toContain(mention.quote.slice(at, at + mention.text.length + 15));
  });

  it("a click's popup shows its quotes first; the place's panel opens once they are in", async () => {
    const data = readData();
    const { page } = session;
    const city = mostMentioned(data, ['city', 'site'])[0]!;
    await openApp(page);
    const held = await holdQuoteFiles(page);
    try {
      await clickMapAt(page, ...city.properties.point);
      await page.locator('[data-testid="popup"][data-quotes="loading"]').waitFor();
      // While the quotes are on their way, the panel waits: laying it out would hold them up.
      await page.waitForTimeout(500);
      expect(await page.getByTestId('place-panel').count()).toBe(0);
      held.release();
      await readPopup(page);
      await page
        .locator(`[data-testid="place-panel"][data-place-id="${city.properties.id}"]`)
        .waitFor();
    } finally {
      await page.unrouteAll();
    }
  });

  it('a quotes file that cannot be fetched is said so in the popup, not left blank', async () => {
    const data = readData();
    const { page } = session;
    const city = mostMentioned(data, ['city', 'site'])[0]!;
    const broken = await breakQuoteFiles(page);
    try {
      await openApp(page);
      await clickRegion(page, city);
      await readPopup(page);
      expect(await popupQuotesError(page)).toMatch(
        /The quotes could not be loaded: data\/quotes\/.+\.0\.json could not be loaded \(HTTP 404\)/,
      );
    } finally {
      await broken.undo();
    }
  });
});
