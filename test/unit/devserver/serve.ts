/**
 * A real Vite dev server with the citemap write path on a free loopback port, and requests to
 * it as the page (or anyone else) would send them: the one harness of the dev-server tests.
 */
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { createServer } from 'vite';
import { TOKEN_HEADER } from '../../../src/devserver/guard.ts';
import { citemapDevServer } from '../../../src/devserver/plugin.ts';
import type { Route } from '../../../src/devserver/routes.ts';

export interface Reply {
  status: number;
  body: string;
  headers: Record<string, unknown>;
}

export interface TestDevServer {
  port: number;
  /** How many rebuilds the write path asked for. */
  builds(): number;
  send(
    method: string,
    urlPath: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<Reply>;
  /** The headers of a request from the page this server gave out. */
  fromPage(): Record<string, string>;
  close(): Promise<void>;
}

export async function startDevServer(
  root: string,
  token: string,
  routes?: readonly Route[],
): Promise<TestDevServer> {
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head></head><body></body></html>',
  );
  let builds = 0;
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, ws: false },
    plugins: [
      citemapDevServer({
        ...(routes ? { routes } : {}),
        token,
        build: async () => {
          builds += 1;
          return { ok: true, message: 'built' };
        },
      }),
    ],
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address !== 'object') throw new Error('no port');
  const port = address.port;
  return {
    port,
    builds: () => builds,
    send: (method, urlPath, headers, body = '') =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
          let text = '';
          res.on('data', (c) => {
            text += c;
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }),
          );
        });
        req.on('error', reject);
        req.end(body);
      }),
    fromPage: () => ({
      host: `127.0.0.1:${port}`,
      origin: `http://127.0.0.1:${port}`,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
      [TOKEN_HEADER]: token,
    }),
    close: () => server.close(),
  };
}
