import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, readData, type Session, visibleMentionCount } from './driver.ts';

describe('a malformed URL', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('falls back to the default state, without errors or injected markup', async () => {
    const data = readData();
    const { page } = session;
    const hostile = [
      'sources=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'from=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'to=-99999999999',
      'years=javascript:alert(1)',
      'place=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E',
      'read=..%2F..%2Fetc%2Fpasswd:1',
      '%E0%A4%A=1',
    ].join('&');
    await openApp(page, `?${hostile}#map=abc/def/ghi`);
    expect(await visibleMentionCount(page)).toBe(data.mentions.features.length);
    expect(await page.getByTestId('place-panel').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(session.dialogs).toEqual([]);
    expect(session.errors).toEqual([]);
    // The invalid parts are tidied out of the address bar.
    expect(new URL(page.url()).search).toBe('');
  });

  it.each(['abc/def/ghi', '99/0/0', '4/95/66', '4/33'])(
    'a malformed #map=%s shows the view that frames the data',
    async (hash) => {
      const { page } = session;
      await openApp(page, '');
      const framed = new URL(page.url()).hash;
      await page.goto('about:blank');
      await openApp(page, `#map=${hash}`);
      expect(new URL(page.url()).hash).toBe(framed);
      expect(session.errors).toEqual([]);
    },
  );
});
