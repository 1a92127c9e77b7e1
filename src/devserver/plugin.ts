/**
 * The dev server's write path (`npm start`): a Vite plugin, absent from `npm run build`.
 * It gives the page a per-run token, lets only the page's own origin through (guard.ts),
 * bounds bodies, dispatches /api/ requests to the route table (routes.ts), and after a
 * route changed data/ rebuilds public/data — one build at a time — and tells the page.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { readBody } from './body.ts';
import { dataPath } from './data-path.ts';
import { refusal } from './guard.ts';
import { type RunBuild, serialized, spawnBuild } from './rebuild.ts';
import { RequestError } from './request-error.ts';
import { ROUTES, type Route, type RouteContext } from './routes.ts';

/** The Vite websocket event the page listens to (src/app/devserver.ts). */
export const DATA_CHANGED_EVENT = 'citemap:data-changed';
export const TOKEN_META = 'citemap-token';

export interface DevServerOptions {
  routes?: readonly Route[];
  /** The build to run after a change; by default `npm run data` as a child process. */
  build?: RunBuild;
  /** Fixed token (tests); by default 32 random bytes per run. */
  token?: string;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(json);
}

export function citemapDevServer(options: DevServerOptions = {}): Plugin {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const routes = options.routes ?? ROUTES;
  return {
    name: 'citemap-dev-server',
    apply: 'serve',
    // Vite's default CORS lets other localhost origins read responses (and so the token).
    config: () => ({ server: { cors: false } }),
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { name: TOKEN_META, content: token }, injectTo: 'head' }];
    },
    configureServer(server) {
      const root = server.config.root;
      const rebuild = serialized(options.build ?? spawnBuild(root));
      const handle = async (request: IncomingMessage, response: ServerResponse) => {
        // Connect strips the mount path from url; originalUrl keeps it.
        const path = (request as IncomingMessage & { originalUrl?: string }).originalUrl;
        const url = new URL(path ?? request.url ?? '/', 'http://localhost');
        const refused = refusal(request.headers, token);
        if (refused !== null) return send(response, 403, { error: refused });
        const sameRoute = routes.filter((r) => r.path === url.pathname);
        if (sameRoute.length === 0) {
          return send(response, 404, { error: `no such dev-server route: ${url.pathname}` });
        }
        const route = sameRoute.find((r) => r.method === request.method);
        if (route === undefined) {
          const allowed = sameRoute.map((r) => r.method).join(', ');
          return send(response, 405, { error: `${url.pathname} accepts ${allowed}` });
        }
        const body = await readBody(request, route.limitBytes);
        const ctx: RouteContext = {
          root,
          dataPath: (...segments) => dataPath(root, ...segments),
          query: url.searchParams,
          headers: request.headers,
        };
        const result = await route.handle(body, ctx);
        if (!result.changed) return send(response, result.status, result.body);
        const built = await rebuild();
        if (built.ok) server.ws.send({ type: 'custom', event: DATA_CHANGED_EVENT });
        const payload =
          typeof result.body === 'object' && result.body !== null
            ? result.body
            : { result: result.body };
        send(response, result.status, { ...payload, rebuild: built });
      };
      server.middlewares.use('/api/', (request, response) => {
        handle(request, response).catch((error: unknown) => {
          if (response.headersSent) return;
          if (error instanceof RequestError)
            return send(response, error.status, { error: error.message });
          const message = error instanceof Error ? error.message : String(error);
          send(response, 500, { error: `the dev server failed: ${message}` });
        });
      });
    },
  };
}
