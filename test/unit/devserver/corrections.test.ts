/**
 * Saving corrections through the dev server: the routes write exactly the files the static
 * build offers for download (so both give the same build), and refuse another origin, an
 * oversized body and a path out of data/, with nothing written.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addUserPlace,
  correct,
  correctionFiles,
  EMPTY_PENDING,
  mergedFor,
  pending,
  saved,
} from '../../../src/app/model/corrections.ts';
import { saveCorrections, saveUserPlaces } from '../../../src/devserver/corrections.ts';
import { dataPath } from '../../../src/devserver/data-path.ts';
import { TOKEN_HEADER } from '../../../src/devserver/guard.ts';
import type { RouteContext } from '../../../src/devserver/routes.ts';
import { runBuild } from '../../../src/pipeline/orchestration/build.ts';
import { fakeGeoparser } from '../pipeline/fake-geoparser.ts';
import { snapshot } from '../snapshot.ts';
import { startDevServer, type TestDevServer } from './serve.ts';

const BODY = 'Elders from Kabul met in Spina Shaga, not in Paris.\n';
const SOURCE = `---\nid: elders\ntitle: Elders\n---\n${BODY}`;

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'citemap-save-'));
  mkdirSync(path.join(root, 'data', 'sources'), { recursive: true });
  writeFileSync(path.join(root, 'data', 'sources', 'elders.txt'), SOURCE);
  return root;
}

const ctx = (root: string): RouteContext => ({
  root,
  dataPath: (...s) => dataPath(root, ...s),
  query: new URLSearchParams(),
  headers: {},
});

/** The changes of the e2e story: another place, not a place, a missed one with a new place. */
function makeChanges(): void {
  saved.value = { version: 1, sources: {}, places: [] };
  pending.value = EMPTY_PENDING;
  const spina = addUserPlace(
    { name: 'Spina Shaga', kind: 'city', country: 'AF', point: [66.5, 33.5] },
    new Date('2026-12-04T00:00:00Z'),
  );
  correct('elders', BODY, 12, 17, 'choose-place', 'admin1:AF-KAB');
  correct('elders', BODY, 46, 51, 'not-a-place');
  correct('elders', BODY, 25, 36, 'add-mention', spina.id);
}

describe('saving corrections', () => {
  let a: string;
  let b: string;
  beforeEach(() => {
    a = project();
    b = project();
    return () => {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    };
  });

  it('the dev server writes the same files the static build downloads, and they build the same', async () => {
    makeChanges();
    // Static build: the downloaded files, put where they say.
    for (const f of correctionFiles(saved.value, pending.value)) {
      mkdirSync(path.dirname(path.join(a, f.path)), { recursive: true });
      writeFileSync(path.join(a, f.path), f.text);
    }
    // Dev server: what the page posts.
    const places = { places: pending.value.places };
    const list = { source: 'elders', corrections: mergedFor(saved.value, pending.value, 'elders') };
    await saveUserPlaces.handle(Buffer.from(JSON.stringify(places)), ctx(b));
    await saveCorrections.handle(Buffer.from(JSON.stringify(list)), ctx(b));
    expect(snapshot(path.join(b, 'data'))).toEqual(snapshot(path.join(a, 'data')));
    const build = (root: string) =>
      runBuild({
        sourcesDir: path.join(root, 'data', 'sources'),
        outDir: path.join(root, 'public', 'data'),
        root,
        geoparser: fakeGeoparser(),
        report: () => {},
      });
    const [sa, sb] = [await build(a), await build(b)];
    expect(sb).toMatchObject({ corrected: 1, added: 1, mentions: 2 });
    expect(sa).toMatchObject({ corrected: 1, added: 1, mentions: 2 });
    expect(snapshot(path.join(b, 'public', 'data'))).toEqual(
      snapshot(path.join(a, 'public', 'data')),
    );
  });

  it('refuses a source id that would leave data/corrections, writing nothing', async () => {
    for (const source of ['../sources/elders', 'a/b', '.hidden', 'Élders']) {
      const body = Buffer.from(JSON.stringify({ source, corrections: [] }));
      await expect(saveCorrections.handle(body, ctx(b))).rejects.toThrow(
        /refused: expected "source" to be a source id/,
      );
    }
    expect(existsSync(path.join(b, 'data', 'corrections'))).toBe(false);
  });

  it('refuses malformed corrections and places in plain words', async () => {
    const bad = {
      source: 'elders',
      corrections: [{ action: 'move', text: 'x', start: 0, end: 1, before: '', after: '' }],
    };
    await expect(saveCorrections.handle(Buffer.from(JSON.stringify(bad)), ctx(b))).rejects.toThrow(
      'refused: corrections[0]: expected "action" to be one of choose-place, not-a-place, add-mention, accept',
    );
    await expect(
      saveUserPlaces.handle(Buffer.from('{"places":[{"id":"country:AF"}]}'), ctx(b)),
    ).rejects.toThrow('refused: places[0]: expected "id" like "user:spina-shaga"');
    await expect(saveCorrections.handle(Buffer.from('not json'), ctx(b))).rejects.toThrow(
      'the request was not JSON',
    );
    expect(readdirSync(path.join(b, 'data'))).toEqual(['sources']);
  });
});

describe('the corrections routes behind the dev server guard', () => {
  const TOKEN = 'test-token';
  let root: string;
  let dev: TestDevServer;

  beforeAll(async () => {
    root = project();
    dev = await startDevServer(root, TOKEN, [saveCorrections, saveUserPlaces]);
  });
  afterAll(async () => {
    await dev.close();
    rmSync(root, { recursive: true, force: true });
  });

  const post = (urlPath: string, headers: Record<string, string>, body: string) =>
    dev.send('POST', urlPath, headers, body);
  const fromPage = () => dev.fromPage();
  const good = JSON.stringify({ source: 'elders', corrections: [] });

  it('saves from the page and rebuilds', async () => {
    const reply = await post('/api/corrections', fromPage(), good);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      saved: 'data/corrections/elders.json',
      rebuild: { ok: true, message: 'built' },
    });
    expect(dev.builds()).toBe(1);
    rmSync(path.join(root, 'data', 'corrections'), { recursive: true });
  });

  it('refuses another origin, a missing token and an oversized body, writing nothing', async () => {
    const other = await post(
      '/api/corrections',
      { ...fromPage(), origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      good,
    );
    const { [TOKEN_HEADER]: _, ...noToken } = fromPage();
    const tokenless = await post('/api/corrections', noToken, good);
    const huge = await post(
      '/api/user-places',
      fromPage(),
      JSON.stringify({ places: [], pad: 'x'.repeat(1024 * 1024 + 1) }),
    );
    expect([other.status, tokenless.status, huge.status]).toEqual([403, 403, 413]);
    expect(existsSync(path.join(root, 'data', 'corrections'))).toBe(false);
    expect(existsSync(path.join(root, 'data', 'user-places.json'))).toBe(false);
  });
});
