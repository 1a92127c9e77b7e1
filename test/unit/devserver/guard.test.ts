import { describe, expect, it } from 'vitest';
import { refusal, TOKEN_HEADER } from '../../../src/devserver/guard.ts';

const TOKEN = 'run-token';
const own = { host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173', [TOKEN_HEADER]: TOKEN };

describe('refusal', () => {
  it('lets the page served by this run through', () => {
    expect(refusal({ ...own, 'sec-fetch-site': 'same-origin' }, TOKEN)).toBeNull();
    expect(
      refusal(
        { host: 'localhost:5173', origin: 'http://localhost:5173', [TOKEN_HEADER]: TOKEN },
        TOKEN,
      ),
    ).toBeNull();
  });

  it('refuses a page from another site', () => {
    expect(refusal({ ...own, origin: 'https://evil.example' }, TOKEN)).toMatch(
      /only the citemap page served from http:\/\/127\.0\.0\.1:5173 .*Origin was "https:\/\/evil\.example"/,
    );
  });

  it('refuses another local port (another dev server on the same machine)', () => {
    expect(refusal({ ...own, origin: 'http://127.0.0.1:3000' }, TOKEN)).toMatch(/Origin was/);
  });

  it('refuses a request with no Origin (not from a page)', () => {
    const { origin: _origin, ...rest } = own;
    expect(refusal(rest, TOKEN)).toMatch(/Origin was "missing"/);
  });

  it('refuses a DNS-rebinding request addressed to another name', () => {
    expect(
      refusal(
        { host: 'evil.example:5173', origin: 'http://evil.example:5173', [TOKEN_HEADER]: TOKEN },
        TOKEN,
      ),
    ).toMatch(
      /only requests addressed to 127\.0\.0\.1 or localhost \(Host was "evil\.example:5173"\)/,
    );
  });

  it('refuses a cross-site fetch the browser labels so', () => {
    expect(refusal({ ...own, 'sec-fetch-site': 'cross-site' }, TOKEN)).toMatch(/another site/);
  });

  it('refuses a missing or wrong token', () => {
    expect(refusal({ ...own, [TOKEN_HEADER]: undefined }, TOKEN)).toMatch(/token/);
    expect(refusal({ ...own, [TOKEN_HEADER]: 'run-tokem' }, TOKEN)).toMatch(/token/);
    expect(refusal({ ...own, [TOKEN_HEADER]: 'run-token-longer' }, TOKEN)).toMatch(/token/);
  });
});
