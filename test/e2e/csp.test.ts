import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, type Session, tryInjection } from './driver.ts';

describe('the content security policy of the built site', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('stops inline script and requests to remote origins', async () => {
    await openApp(session.page);
    const result = await tryInjection(session.page);
    expect(result.inlineScriptRan).toBe(false);
    expect(result.remoteFetched).toBe(false);
    expect(result.blocked).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
  });
});
