/**
 * POST /api/sources: the map's "Add source" dialog saves through the same code as `npm run
 * add` (src/pipeline/ingest/add.ts) into data/sources/, then the plugin rebuilds.
 *
 * What is sent, by the query's `kind`:
 * - `kind=file&name=<file name>`: the body is the file's bytes (a dropped .txt, .md, .html,
 *   .htm, .pdf or .docx); the name gives its format and its id.
 * - `kind=url`: JSON `{"url": "https://…"}`; the server downloads it (size and time limits).
 * - `kind=text`: JSON `{"title": "…", "text": "…"}`: pasted text.
 * The answer is `{source: {id, title, author, publisher, published, url, language,
 * characters}}` (201), or `{error}` in plain words (400 for a malformed request, 409 for an id
 * already taken, 422 for a document that cannot become a source).
 */
import path from 'node:path';
import { addSource, IdTakenError } from '../pipeline/ingest/add.ts';
import { isUrl } from '../pipeline/ingest/download.ts';
import { IngestError } from '../pipeline/ingest/types.ts';
import { MAX_SOURCE_BYTES } from '../pipeline/sources/read-file.ts';
import { RequestError } from './request-error.ts';
import type { Route, RouteContext } from './routes.ts';

function json(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  } catch {
    // Said below.
  }
  throw new RequestError(400, 'expected a JSON object in the request body');
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RequestError(400, `expected ${what}, found none`);
  }
  return value;
}

function input(body: Buffer, ctx: RouteContext) {
  const kind = ctx.query.get('kind');
  if (kind === 'file') {
    const name = ctx.query.get('name') ?? '';
    // Only the name is used (for the format and the id): never a path.
    if (name === '' || /[/\\]/.test(name)) {
      throw new RequestError(400, 'expected a file name without folders');
    }
    return { kind: 'upload', name, bytes: new Uint8Array(body) } as const;
  }
  if (kind === 'url')
    return { kind: 'url', url: text(json(body).url, 'an http(s) address') } as const;
  if (kind === 'text') {
    const fields = json(body);
    return {
      kind: 'text',
      title: text(fields.title, 'a title for the pasted text'),
      text: text(fields.text, 'some text'),
    } as const;
  }
  throw new RequestError(400, "expected kind 'file', 'url' or 'text'");
}

export const addSourceRoute: Route = {
  method: 'POST',
  path: '/api/sources',
  // A source may be 100 MB (MAX_SOURCE_BYTES); a JSON request is far smaller.
  limitBytes: MAX_SOURCE_BYTES,
  async handle(body, ctx) {
    const request = input(body, ctx);
    if (request.kind === 'url' && !isUrl(request.url)) {
      throw new RequestError(400, 'expected an address starting with http:// or https://');
    }
    try {
      // dataPath refuses a data/sources that is a link, and a link at the file's own name.
      const sourcesDir = path.dirname(ctx.dataPath('sources', 'new-source.txt'));
      const added = await addSource(request, {
        sourcesDir,
        checkTarget: (fileName) => ctx.dataPath('sources', fileName),
      });
      const { fields, characters } = added;
      return {
        status: 201,
        body: { source: { ...fields, published: fields.published?.iso ?? null, characters } },
        changed: true,
      };
    } catch (error) {
      if (error instanceof IdTakenError) {
        throw new RequestError(
          409,
          `a source with the id '${error.id}' exists already (${error.holder}); rename the file or change the title`,
        );
      }
      if (error instanceof IngestError) throw new RequestError(422, error.message);
      throw error;
    }
  },
};
