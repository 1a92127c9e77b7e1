import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  mostMentioned,
  openApp,
  openPanel,
  openReader,
  readData,
  readPanel,
  type Session,
} from './driver.ts';

describe('the source reader', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the full text with mentions marked, and a mention leads back to its place', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    const place = mostMentioned(data, ['city', 'admin1'])[0]!;
    await openPanel(page, place);
    await openReader(page);
    expect(page.url()).toContain('read=');
    const current = page.locator('.reader-mention.current');
    expect(await current.count()).toBe(1);
    // Another place's mention in the text takes us to that place's panel.
    const other = page.locator('.reader-mention:not(.current)').first();
    const title = (await other.getAttribute('title')) ?? '';
    await other.click();
    expect(await page.getByTestId('reader').count()).toBe(0);
    const panel = await readPanel(page);
    expect(title).toContain(panel.heading.trim());
    // Escape closes the panel.
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('place-panel').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});
