/**
 * Every route the dev server ships, through a real Vite server: requests another page could
 * send (another origin, no token, a name that leaves data/, more than the route accepts) are
 * refused with nothing written under the project.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../src/devserver/guard.ts';
import { citemapDevServer } from '../../../src/devserver/plugin.ts';
import { ROUTES } from '../../../src/devserver/routes.ts';

const TOKEN = 'routes-test-token';
let root: string;
let server: ViteDevServer;
let port: number;
let builds = 0;

function send(
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      let text = '';
      res.on('data', (c) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const fromPage = (): Record<string, string> => ({
  host: `127.0.0.1:${port}`,
  origin: `http://127.0.0.1:${port}`,
  'sec-fetch-site': 'same-origin',
  'content-type': 'application/json',
  [TOKEN_HEADER]: TOKEN,
});

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
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><head></head></html>');
  mkdirSync(path.join(root, 'data'));
  cpSync('data/sources', path.join(root, 'data', 'sources'), { recursive: true });
  server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, ws: false },
    plugins: [
      citemapDevServer({
        token: TOKEN,
        build: async () => {
          builds += 1;
          return { ok: true, message: 'built' };
        },
      }),
    ],
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || typeof address !== 'object' || address === undefined)
    throw new Error('no port');
  port = address.port;
});

afterAll(async () => {
  await server.close();
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
    expect(builds).toBe(0);
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
