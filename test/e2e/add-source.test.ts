/**
 * "Add source" while `npm start` runs: documents dropped on the dialog become sources, their
 * places appear on the map and their titles in the source list, with the metadata the
 * documents give, without a restart. Runs on a copy of the project (startDevServerCopy), so
 * the repository's data/ is never written. In a static build the button is absent.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addOutcomes,
  addSourceButtonShown,
  closeAddDialog,
  dropFilesToAdd,
  launch,
  openApp,
  placeListed,
  readData,
  type Session,
  sourceLine,
  sourceTitles,
  startDevServerCopy,
  tooltipAt,
} from './driver.ts';

const FIXTURES = path.resolve('test/fixtures/ingest');

describe('Add source', () => {
  let session: Session;
  let dev: Awaited<ReturnType<typeof startDevServerCopy>>;

  beforeAll(async () => {
    session = await launch();
    dev = await startDevServerCopy();
  });
  afterAll(async () => {
    await session?.close();
    await dev?.stop();
  });

  // Two documents saved, each followed by a full rebuild of the data as `npm run data` does.
  it('puts a dropped web page and PDF on the map with their titles and metadata', async () => {
    const { page } = session;
    await openApp(page, '', dev.url);
    expect(await placeListed(page, 'Zaranj')).toBe(false);
    await dropFilesToAdd(page, [
      path.join(FIXTURES, 'article.html'),
      path.join(FIXTURES, 'report.pdf'),
    ]);
    const lines = await addOutcomes(page, 2);
    expect(lines.map((l) => l.outcome)).toEqual(['added', 'added']);
    expect(lines[0]?.text).toContain(
      'Added “Floods reach Kandahar after three days of rain” as article.txt (Mina Rahimi, The Valley Courier, 2021-08-15, en)',
    );
    await closeAddDialog(page);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-source-id="report"]').length > 0,
    );
    const titles = await sourceTitles(page);
    expect(titles).toContain('Floods reach Kandahar after three days of rain');
    expect(titles).toContain('Water and Roads in Southern Afghanistan');
    expect(await sourceLine(page, 'report')).toContain('Field Survey Unit');
    expect(await placeListed(page, 'Zaranj')).toBe(true);
    expect(await placeListed(page, 'Spin Boldak')).toBe(true);
    // On the map itself: the new town's mark answers the pointer.
    const zaranj = readData(path.join(dev.root, 'public/data')).places.features.find(
      (p) => p.properties.name === 'Zaranj',
    );
    const [lon, lat] = zaranj?.properties.point ?? [0, 0];
    expect(await tooltipAt(page, lon, lat)).toContain('Zaranj');
  }, 240_000);

  it('says in plain words why a document is refused', async () => {
    const { page } = session;
    await dropFilesToAdd(page, [path.join(FIXTURES, 'scan.pdf')]);
    const lines = await addOutcomes(page, 1);
    expect(lines.at(-1)).toEqual({
      outcome: 'failed',
      text: 'scan.pdf: Not added: no text layer: run OCR first (the PDF has 1 page and no text on any).',
    });
  }, 60_000);

  it('is absent from the static build', async () => {
    const { page } = session;
    await openApp(page);
    expect(await addSourceButtonShown(page)).toBe(false);
  });
});
