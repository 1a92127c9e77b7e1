/**
 * Review and correct, as a reader does it in the static build: correct a mention to another
 * candidate, mark one as not a place, add a missed one in the reader, add a new place by
 * clicking the map; download the files, put them into data/ and rebuild; all four persist, and
 * the counts, the list and the map show them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionFeature } from '../../src/shared/types.ts';
import {
  addPlaceOnMap,
  clickMapAt,
  correctionFiles,
  correctPanelMention,
  headerCounts,
  launch,
  markAsPlace,
  openApp,
  openPanel,
  openReader,
  placeListCounts,
  readData,
  readPopup,
  type Session,
  serveRebuiltSite,
} from './driver.ts';

describe('review and correct', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  // It runs the real pipeline once (`npm run data` on the project's sources): tens of seconds.
  it('four corrections made in the static build persist through a rebuild', {
    timeout: 150_000,
  }, async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    await page.evaluate(() => localStorage.clear());
    const before = await headerCounts(page);
    const placeOf = (id: string) => data.places.features.find((p) => p.properties.id === id)!;
    const small = (m: MentionFeature) => placeOf(m.properties.placeId).properties.mentionCount <= 5;
    // A mention whose name may mean another place, and one of another place to strike out.
    const ambiguous = data.mentions.features.find(
      (m) => m.properties.alternatives.length > 0 && small(m),
    )!;
    const alternative = ambiguous.properties.alternatives[0]!;
    const struck = data.mentions.features.find(
      (m) =>
        small(m) &&
        m.properties.placeId !== ambiguous.properties.placeId &&
        m.properties.placeId !== alternative.id,
    )!;

    await openPanel(page, placeOf(ambiguous.properties.placeId));
    await correctPanelMention(page, ambiguous.properties.id, { alternative: alternative.id });
    await openPanel(page, placeOf(struck.properties.placeId));
    await correctPanelMention(page, struck.properties.id, 'not-a-place');

    // A place no gazetteer has, then two missed mentions marked in the reader: one of it, one
    // of a gazetteer place found by name.
    const spina = { name: 'Spina Shaga', kind: 'city', lon: 67.4, lat: 33.1 };
    // The changes so far are kept in this browser through a reload (to a view around the place).
    await openApp(page, `#map=6/${spina.lat}/${spina.lon}`);
    const { country } = await addPlaceOnMap(page, spina);
    expect(country).toBe('AF');
    await openPanel(page, placeOf(struck.properties.placeId));
    await openReader(page);
    const readerSource = new URL(page.url()).searchParams.get('read')?.split(':')[0] ?? '';
    const spinaAt = await markAsPlace(page, 'the', 'Spina Shaga', 'user:spina-shaga');
    const quettaAt = await markAsPlace(page, 'and', 'Quetta', 'geonames:1167528');
    await page.getByTestId('reader-close').click();

    const files = await correctionFiles(page);
    expect(files.map((f) => f.path).sort()).toEqual(
      [
        'data/user-places.json',
        ...new Set([
          `data/corrections/${ambiguous.properties.sourceId}.json`,
          `data/corrections/${struck.properties.sourceId}.json`,
          `data/corrections/${readerSource}.json`,
        ]),
      ].sort(),
    );

    const site = await serveRebuiltSite(files);
    try {
      const rebuilt = readData(site.dataDir);
      const byId = new Map(rebuilt.mentions.features.map((m) => [m.properties.id, m.properties]));
      expect(byId.get(ambiguous.properties.id)).toMatchObject({
        placeId: alternative.id,
        status: 'corrected',
      });
      expect(byId.has(struck.properties.id)).toBe(false);
      expect(byId.get(`${readerSource}:${spinaAt}`)).toMatchObject({
        placeId: 'user:spina-shaga',
        status: 'added',
        text: 'the',
      });
      expect(byId.get(`${readerSource}:${quettaAt}`)).toMatchObject({
        placeId: 'geonames:1167528',
        status: 'added',
      });

      await openApp(page, '', site.url);
      // Counts: one struck out, two added.
      expect((await headerCounts(page)).mentions).toBe(before.mentions + 1);
      // The list names the place added by hand and the corrected place.
      const listed = async (name: string) => {
        await page.getByTestId('place-search').fill(name);
        const counts = await placeListCounts(page);
        await page.getByTestId('place-search').fill('');
        return counts;
      };
      expect((await listed('Spina Shaga')).get('user:spina-shaga')).toBe(1);
      expect((await listed(alternative.name)).get(alternative.id)).toBeGreaterThanOrEqual(1);
      // The map has a mark where the place was added, which says it was added by hand.
      await clickMapAt(page, spina.lon, spina.lat);
      const popup = await readPopup(page);
      expect(popup.title).toBe('Spina Shaga');
      expect(popup.text).toMatch(/Place added by hand \(added by the user, \d{4}-\d{2}-\d{2}\)/);
      expect(popup.text).toContain('Mention added by hand');
      // The corrected mention says so in its new place's panel.
      await openPanel(
        page,
        placeOf(alternative.id) ??
          rebuilt.places.features.find((p) => p.properties.id === alternative.id)!,
      );
      const item = page.locator(
        `[data-testid="panel-mention"][data-mention-id="${ambiguous.properties.id}"]`,
      );
      expect(await item.getByTestId('mention-status').textContent()).toBe(
        'Place corrected by hand',
      );
    } finally {
      await site.close();
    }
  });

  it('the review queue walks the least confident first, by keyboard, to an empty queue', async () => {
    const data = readData();
    const { page } = session;
    await openApp(page);
    await page.evaluate(() => localStorage.clear());
    const smallest = [...data.sources.sources].sort((a, b) => a.mentionCount - b.mentionCount)[0]!;
    await openApp(page, `?sources=${smallest.id}`);
    const shown = (await headerCounts(page)).mentions;
    await page.getByTestId('review-start').click();
    const review = page.getByTestId('review');
    // Focus moves into the queue, so its keys work at once.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'review',
    );
    expect(await review.isVisible()).toBe(true);
    const progress = () => page.getByTestId('review-progress').textContent();
    expect(await progress()).toBe(`0 of ${shown} reviewed`);
    const least = Math.min(
      ...data.mentions.features
        .filter((m) => m.properties.sourceId === smallest.id)
        .map((m) => m.properties.confidence),
    );
    const first = await page.getByTestId('review-item').getAttribute('data-mention-id');
    expect(
      data.mentions.features.find((m) => m.properties.id === first)?.properties.confidence,
    ).toBe(least);
    await page.keyboard.press('a');
    await page.waitForFunction(
      (t) => document.querySelector('[data-testid="review-progress"]')?.textContent === t,
      `1 of ${shown} reviewed`,
    );
    await page.keyboard.press('x');
    await page.waitForFunction(
      (t) => document.querySelector('[data-testid="review-progress"]')?.textContent === t,
      `2 of ${shown} reviewed`,
    );
    for (let i = 2; i < shown; i++) await page.keyboard.press('s');
    await page.getByTestId('review-empty').waitFor();
    expect(await page.getByTestId('review-empty').textContent()).toBe(
      'Nothing left to review (the rest were skipped).',
    );
    // Kept in this browser, and offered for download.
    expect((await correctionFiles(page)).map((f) => f.path)).toEqual([
      `data/corrections/${smallest.id}.json`,
    ]);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('review').count()).toBe(0);
  });
});
