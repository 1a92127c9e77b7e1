/** The "Add source" route: saves through `npm run add`'s code, refusals in plain words. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSourceRoute } from '../../../src/devserver/add-source-route.ts';
import { dataPath } from '../../../src/devserver/data-path.ts';
import type { RouteContext } from '../../../src/devserver/routes.ts';
import { FIXTURES } from '../ingest/fixtures.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'citemap-route-'));
  mkdirSync(path.join(root, 'data', 'sources'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function context(query: Record<string, string>): RouteContext {
  return {
    root,
    dataPath: (...segments) => dataPath(root, ...segments),
    query: new URLSearchParams(query),
    headers: {},
  };
}

const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));

describe('POST /api/sources', () => {
  it('saves a dropped PDF as a source with its metadata, and asks for a rebuild', async () => {
    const result = await addSourceRoute.handle(
      fixture('report.pdf'),
      context({ kind: 'file', name: 'report.pdf' }),
    );
    expect(result).toMatchObject({
      status: 201,
      changed: true,
      body: {
        source: {
          id: 'report',
          title: 'Water and Roads in Southern Afghanistan',
          author: 'Field Survey Unit',
          published: '2020-06-30',
        },
      },
    });
    expect(readdirSync(path.join(root, 'data', 'sources'))).toEqual(['report.txt']);
  });

  it('saves pasted text under its title', async () => {
    const body = Buffer.from(
      JSON.stringify({ title: 'Rain in Herat', text: 'It rained in Herat.' }),
    );
    const result = await addSourceRoute.handle(body, context({ kind: 'text' }));
    expect(result.body).toMatchObject({ source: { id: 'rain-in-herat', title: 'Rain in Herat' } });
  });

  it.each([
    ['scan.pdf', 422, /^no text layer: run OCR first/],
    ['corrupt.docx', 422, /^expected a Word document \(\.docx\), found a damaged file/],
  ])('refuses %s in plain words', async (name, status, message) => {
    const error = await addSourceRoute
      .handle(fixture(name), context({ kind: 'file', name }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status, message: expect.stringMatching(message) });
    expect(readdirSync(path.join(root, 'data', 'sources'))).toEqual([]);
  });

  it('refuses an id already taken, saying which file has it', async () => {
    const request = () =>
      addSourceRoute.handle(fixture('notes.docx'), context({ kind: 'file', name: 'notes.docx' }));
    await request();
    await expect(request()).rejects.toMatchObject({
      status: 409,
      message:
        "a source with the id 'notes' exists already (notes.txt); rename the file or change the title",
    });
  });

  it('refuses a file name with folders in it', async () => {
    await expect(
      addSourceRoute.handle(
        fixture('notes.docx'),
        context({ kind: 'file', name: '../notes.docx' }),
      ),
    ).rejects.toMatchObject({ status: 400, message: 'expected a file name without folders' });
  });
});
