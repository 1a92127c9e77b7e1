/**
 * Every route the dev server ships, through a real Vite server: requests another page could
 * send (another origin, no token, a name that leaves data/, more than the route accepts) are
 * refused with nothing written under the project.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../src/devserver/guard.ts';
import { ROUTES } from '../../../src/devserver/routes.ts';
import { startDevServer, type TestDevServer } from './serve.ts';

const TOKEN = 'routes-test-token';
let root: string;
let dev: TestDevServer;

const send = (method: string, urlPath: string, headers: Record<string, string>, body = '') =>
  dev.send(method, urlPath, headers, body);
const fromPage = () => dev.fromPage();

/** Every file under the project root, as relative paths (Vite's own cache aside). */
function tree(dir = root, prefix = ''): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).filter(
    (d) => d.name !== 'node_modules' && d.name !== '.vite',
  );
  return entries.flatMap((d) =>
    d.isDirectory() ? tree(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'citemap-routes-'));
  mkdirSync(path.join(root, 'data'));
  cpSync('data/sources', path.join(root, 'data', 'sources'), { recursive: true });
  dev = await startDevServer(root, TOKEN);
});

afterAll(async () => {
  await dev.close();
});

describe.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', (_name, route) => {
  it('refuses another site, and a request without the run token, writing nothing', async () => {
    const before = tree();
    const evil = await send(
      route.method,
      route.path,
      {
        ...fromPage(),
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      '{"kind":"text","title":"Injected","text":"Kabul"}',
    );
    expect(evil.status).toBe(403);
    const { [TOKEN_HEADER]: _token, ...noToken } = fromPage();
    const tokenless = await send(route.method, route.path, noToken, '{}');
    expect(tokenless.status).toBe(403);
    expect(tree()).toEqual(before);
    expect(dev.builds()).toBe(0);
  });

  it('refuses a body larger than it accepts, writing nothing', async () => {
    const before = tree();
    const reply = await send(route.method, route.path, {
      ...fromPage(),
      'content-length': String(route.limitBytes + 1),
    });
    expect(reply.status).toBe(413);
    expect(tree()).toEqual(before);
  });
});

describe('POST /api/sources', () => {
  it.each(['../../escape.txt', '..', 'a/b.txt', 'a\\b.txt'])(
    'refuses the file name %j, writing nothing',
    async (name) => {
      const before = tree();
      const reply = await send(
        'POST',
        `/api/sources?kind=file&name=${encodeURIComponent(name)}`,
        { ...fromPage(), 'content-type': 'application/octet-stream' },
        'Kabul is a city.',
      );
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
      expect(JSON.parse(reply.body).error).toBeTruthy();
      expect(tree()).toEqual(before);
    },
  );

  it('saves a dotted file name as a plain source in data/sources, never as a hidden file', async () => {
    const before = new Set(tree());
    const reply = await send(
      'POST',
      '/api/sources?kind=file&name=.hidden.txt',
      { ...fromPage(), 'content-type': 'application/octet-stream' },
      'Kabul is a city.',
    );
    expect(reply.status).toBe(201);
    const added = tree().filter((f) => !before.has(f));
    expect(added).toEqual([`data/sources/${JSON.parse(reply.body).source.id}.txt`]);
    expect(added[0]).not.toMatch(/\/\./);
  });
});
