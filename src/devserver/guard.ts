/**
 * Who may use the dev server's write routes: only the citemap page this server gave out.
 * Any web page the user visits can send requests to 127.0.0.1, so each request must show
 * (1) a loopback Host — a DNS-rebinding page has its own name there; (2) an Origin equal to
 * that host — a page from elsewhere, even another localhost port, cannot forge it; (3) if the
 * browser says where the request comes from (Sec-Fetch-Site), the same origin; (4) the run's
 * token, which only the page served by this run holds. A custom token header also makes any
 * cross-origin request need a CORS preflight, which this server never grants.
 */
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-citemap-token';

type Headers = Readonly<Record<string, string | readonly string[] | undefined>>;

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/;

function single(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Why a request to a write route is refused, in plain words; null when it may go on. */
export function refusal(headers: Headers, token: string): string | null {
  const host = single(headers, 'host');
  if (host === undefined || !LOOPBACK_HOST.test(host)) {
    return `refused: the dev server answers only requests addressed to 127.0.0.1 or localhost (Host was ${JSON.stringify(host ?? '')})`;
  }
  const origin = single(headers, 'origin');
  if (origin !== `http://${host}`) {
    return `refused: only the citemap page served from http://${host} may change data (Origin was ${JSON.stringify(origin ?? 'missing')})`;
  }
  const site = single(headers, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') {
    return `refused: the request came from another site (Sec-Fetch-Site was ${JSON.stringify(site)})`;
  }
  const given = single(headers, TOKEN_HEADER);
  if (given === undefined || !sameSecret(given, token)) {
    return "refused: the request did not carry this run's token; reload the citemap page";
  }
  return null;
}
