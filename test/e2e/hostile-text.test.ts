/**
 * Source text is data, never markup. Runs against a test-only data set (test/e2e/fixtures)
 * whose source has a <script>, an <img onerror>, a javascript: URL, an RTL override and a
 * very long line in its title, publisher, url and body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  openApp,
  openPanel,
  openReader,
  readData,
  readPanel,
  type Session,
  serveFixtureSite,
} from './driver.ts';

describe('hostile source text', () => {
  let session: Session;
  let site: Awaited<ReturnType<typeof serveFixtureSite>>;
  beforeAll(async () => {
    site = await serveFixtureSite();
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('stays text in the source list, panel, popup and reader', async () => {
    const data = readData(site.dataDir);
    const { page } = session;
    await openApp(page, '', site.url);
    const hostile = data.sources.sources.find((s) => s.title.includes('<script>'))!;
    // Shown as text in the source list…
    await expect
      .poll(() => page.getByText('<script>alert(1)</script>', { exact: false }).count())
      .toBeGreaterThan(0);
    const place = data.places.features.find((p) =>
      data.mentions.features.some(
        (m) => m.properties.sourceId === hostile.id && m.properties.placeId === p.properties.id,
      ),
    )!;
    await openPanel(page, place);
    const panel = await readPanel(page);
    expect(panel.quotes.join(' ')).toContain('<script>alert(1)</script>');
    await openReader(page);
    const body = (await page.getByTestId('reader-body').textContent()) ?? '';
    expect(body).toContain('<img src=x onerror=alert(1)>');
    // The list of names not placed shows them as text too.
    await page.keyboard.press('Escape');
    await page.getByTestId('unresolved').locator('summary').click();
    expect(await page.getByTestId('unresolved').textContent()).toContain(
      '<img src=x onerror=alert(1)>',
    );
    // …never as elements, never run, and the javascript: URL is not a link.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('body script:not([type="module"])').count()).toBe(0);
    expect(session.dialogs).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
