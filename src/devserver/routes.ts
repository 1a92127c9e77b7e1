/**
 * The dev server's routes. Each feature that lets the page change data adds one entry here;
 * the plugin (plugin.ts) checks who is asking, reads the body within `limitBytes`, calls
 * `handle`, and rebuilds when the route says it changed data.
 */
import { addSourceRoute } from './add-source-route.ts';
import { saveCorrections, saveUserPlaces } from './corrections.ts';

export interface RouteContext {
  /** The project root (the folder holding data/ and public/). */
  root: string;
  /** An absolute path inside <root>/data; throws a RequestError when refused (data-path.ts). */
  dataPath(...segments: readonly string[]): string;
  /** The request's query parameters. */
  query: URLSearchParams;
  /** The request's headers (lower-case names). */
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
}

export interface RouteResult {
  status: number;
  body: unknown;
  /** True when data/ changed: the plugin rebuilds and adds `rebuild` to the response. */
  changed: boolean;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The exact path, starting with /api/. */
  path: string;
  limitBytes: number;
  handle(body: Buffer, ctx: RouteContext): Promise<RouteResult>;
}

export const ROUTES: readonly Route[] = [addSourceRoute, saveCorrections, saveUserPlaces];
