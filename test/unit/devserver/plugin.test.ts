/**
 * The dev server's write path through a real Vite server on loopback: what the page may do,
 * and the requests another page, a rebinding name, an oversized body or a path out of data/
 * would send — each refused with nothing written.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../src/devserver/guard.ts';
import type { Route } from '../../../src/devserver/routes.ts';
import { startDevServer, type TestDevServer } from './serve.ts';

const TOKEN = 'test-token';
let root: string;
let dev: TestDevServer;
let port: number;
let buildsBefore = 0;

/** A route like the real ones: writes its body to data/notes/<name>. */
const noteRoute: Route = {
  method: 'POST',
  path: '/api/note',
  limitBytes: 1024,
  async handle(body, ctx) {
    const file = ctx.dataPath('notes', ctx.query.get('name') ?? '');
    writeFileSync(file, body);
    return { status: 201, body: { saved: path.basename(file) }, changed: true };
  },
};

const send = (method: string, urlPath: string, headers: Record<string, string>, body = '') =>
  dev.send(method, urlPath, headers, body);
const fromPage = () => dev.fromPage();
const builds = () => dev.builds() - buildsBefore;

const written = () => readdirSync(path.join(root, 'data', 'notes'));

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'citemap-devserver-'));
  dev = await startDevServer(root, TOKEN, [noteRoute]);
  port = dev.port;
});

afterAll(async () => {
  await dev.close();
});

beforeEach(() => {
  mkdirSync(path.join(root, 'data', 'notes'), { recursive: true });
  for (const f of written()) writeFileSync(path.join(root, 'data', 'notes', f), '');
  buildsBefore = dev.builds();
});

describe('the dev server write path', () => {
  it('gives the page its token', async () => {
    const reply = await send('GET', '/', { host: `127.0.0.1:${port}` });
    expect(reply.body).toContain(`<meta name="citemap-token" content="${TOKEN}"`);
  });

  it('lets no other local page read the page (and so the token)', async () => {
    const reply = await send('GET', '/', {
      host: `127.0.0.1:${port}`,
      origin: 'http://localhost:3000',
    });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('saves what the page sends, rebuilds once, and says how the build went', async () => {
    const reply = await send('POST', '/api/note?name=a.json', fromPage(), '{"x":1}');
    expect(reply.status).toBe(201);
    expect(JSON.parse(reply.body)).toEqual({
      saved: 'a.json',
      rebuild: { ok: true, message: 'built' },
    });
    expect(readFileSync(path.join(root, 'data', 'notes', 'a.json'), 'utf8')).toBe('{"x":1}');
    expect(builds()).toBe(1);
  });

  it('refuses a request from another site, writing nothing', async () => {
    const reply = await send('POST', '/api/note?name=b.json', {
      ...fromPage(),
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatch(/only the citemap page/);
    expect(existsSync(path.join(root, 'data', 'notes', 'b.json'))).toBe(false);
    expect(builds()).toBe(0);
  });

  it('refuses a request without the run token, writing nothing', async () => {
    const { [TOKEN_HEADER]: _token, ...headers } = fromPage();
    const reply = await send('POST', '/api/note?name=c.json', headers, '{}');
    expect(reply.status).toBe(403);
    expect(existsSync(path.join(root, 'data', 'notes', 'c.json'))).toBe(false);
  });

  it('grants no CORS preflight, even to another local port', async () => {
    const reply = await send('OPTIONS', '/api/note?name=d.json', {
      host: `127.0.0.1:${port}`,
      origin: 'http://localhost:3000',
      'access-control-request-method': 'POST',
      'access-control-request-headers': TOKEN_HEADER,
    });
    expect(reply.status).toBe(403);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(existsSync(path.join(root, 'data', 'notes', 'd.json'))).toBe(false);
  });

  it('refuses an oversized body with 413, writing nothing', async () => {
    const reply = await send('POST', '/api/note?name=e.json', fromPage(), 'x'.repeat(4096));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error).toBe('refused: larger than the 1 KB this route accepts');
    expect(existsSync(path.join(root, 'data', 'notes', 'e.json'))).toBe(false);
  });

  it.each(['../../escape.json', '..', '.hidden'])(
    'refuses the path-traversal name %j, writing nothing outside data/',
    async (name) => {
      const reply = await send(
        'POST',
        `/api/note?name=${encodeURIComponent(name)}`,
        fromPage(),
        '{}',
      );
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body).error).toMatch(/^refused: /);
      expect(existsSync(path.join(root, 'escape.json'))).toBe(false);
      expect(written().filter((f) => f !== 'a.json')).toEqual([]);
      expect(builds()).toBe(0);
    },
  );

  it('answers an unknown route or method in plain words', async () => {
    const missing = await send('POST', '/api/nothing', fromPage(), '{}');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error).toBe('no such dev-server route: /api/nothing');
    const wrong = await send('GET', '/api/note', fromPage());
    expect(wrong.status).toBe(405);
    expect(JSON.parse(wrong.body).error).toBe('/api/note accepts POST');
  });
});
