import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  focused,
  launch,
  mostMentioned,
  openApp,
  openPanelId,
  readData,
  readPanel,
  type Session,
  tabTo,
} from './driver.ts';

describe('with the keyboard alone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a place is found, opened and closed again', async () => {
    const data = readData();
    const { page } = session;
    const place = mostMentioned(data, ['admin1', 'city'])[0]!;
    await openApp(page);
    // Tab from the top of the page until the search box has focus.
    let found = false;
    for (let k = 0; k < 80 && !found; k++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'place-search',
      );
    }
    expect(found).toBe(true);
    await page.keyboard.type(place.properties.name);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-place-id'),
    );
    expect(focused).toBeTruthy();
    await page.keyboard.press('Enter');
    const panel = await readPanel(page);
    expect(panel.placeId).toBe(focused);
    // The panel's heading takes focus, so a screen reader starts there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('place-panel').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('Escape gives focus back to the list item the panel was opened from', async () => {
    const { page } = session;
    const place = mostMentioned(readData(), ['admin1', 'city'])[0]!;
    await openApp(page);
    expect(await tabTo(page, 'place-search')).toBe(true);
    await page.keyboard.type(place.properties.name);
    await page.keyboard.press('Tab');
    const item = (await focused(page)).placeId;
    await page.keyboard.press('Enter');
    await readPanel(page);
    await page.keyboard.press('Escape');
    expect(await openPanelId(page)).toBeNull();
    await expect.poll(async () => (await focused(page)).placeId).toBe(item);
  });

  it('the first Tab stop skips to the map', async () => {
    const { page } = session;
    await openApp(page);
    await page.keyboard.press('Tab');
    expect((await focused(page)).testId).toBe('skip-to-map');
    expect(await page.getByTestId('skip-to-map').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).isMap).toBe(true);
  });

  it('Enter in the search box opens the first match', async () => {
    const { page } = session;
    const place = mostMentioned(readData(), ['admin1', 'city'])[0]!;
    await openApp(page);
    expect(await tabTo(page, 'place-search')).toBe(true);
    await page.keyboard.type(place.properties.name);
    const first = await page
      .locator('[data-testid="place-list"] button[data-place-id]')
      .first()
      .getAttribute('data-place-id');
    await page.keyboard.press('Enter');
    await readPanel(page);
    expect(await openPanelId(page)).toBe(first);
  });
});
