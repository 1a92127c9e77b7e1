import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickRegion,
  launch,
  mostMentioned,
  openApp,
  openPanel,
  popupShown,
  readData,
  type Session,
} from './driver.ts';

describe('on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ viewport: { width: 390, height: 800 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the map in view, with the filters in a drawer the toggle opens', async () => {
    const { page } = session;
    await openApp(page);
    expect(await page.getByTestId('sidebar').isVisible()).toBe(false);
    await page.getByTestId('sidebar-toggle').click();
    expect(await page.getByTestId('sidebar').isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('choosing a place closes the drawer and shows the panel as a sheet', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    await page.getByTestId('sidebar-toggle').click();
    await openPanel(page, mostMentioned(data, ['admin1', 'city'])[0]!);
    // Choosing a place closes the drawer so the map and the panel show.
    expect(await page.getByTestId('sidebar').isVisible()).toBe(false);
    const box = await page.getByTestId('place-panel').boundingBox();
    expect(box!.width).toBeGreaterThan(380);
    expect(box!.y).toBeGreaterThan(200);
    expect(session.errors).toEqual([]);
  });

  it('a tapped place opens the sheet alone, without a popup cut off behind it', async () => {
    const { page } = session;
    await openApp(page);
    await clickRegion(page, mostMentioned(readData(), ['city'])[0]!);
    expect(await page.getByTestId('place-panel').isVisible()).toBe(true);
    expect(await popupShown(page)).toBe(false);
  });
});
