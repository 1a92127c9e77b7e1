import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickRegion,
  launch,
  legendIsOpen,
  mostMentioned,
  openApp,
  popupShown,
  readData,
  type Session,
} from './driver.ts';

describe('nothing hides anything', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the legend folds while a popup is open, and unfolds when it closes', async () => {
    const { page } = session;
    await openApp(page);
    expect(await legendIsOpen(page)).toBe(true);
    await clickRegion(page, mostMentioned(readData(), ['city'])[0]!);
    expect(await popupShown(page)).toBe(true);
    expect(await legendIsOpen(page)).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => popupShown(page)).toBe(false);
    expect(await legendIsOpen(page)).toBe(true);
  });
});
