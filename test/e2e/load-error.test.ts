import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, type Session } from './driver.ts';

describe('when the data cannot be loaded', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says so clearly instead of crashing', async () => {
    const { page } = session;
    await page.route('**/data/places.geojson', (route) =>
      route.fulfill({ status: 404, body: 'no' }),
    );
    await page.goto(baseUrl());
    const alert = page.getByTestId('load-error');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('places.geojson');
    expect(await alert.getAttribute('role')).toBe('alert');
    // No uncaught exception: only the browser's own 404 line and the app's logged reason.
    expect(session.errors.filter((e) => !/404|citemap:/.test(e))).toEqual([]);
  });
});
