/**
 * The dev server's routes for review and correct (README "Review and correct"): the page sends
 * a source's whole corrections list, or the whole list of places added by hand; each is
 * checked with the rules the build uses and written with THE serializers of
 * src/shared/corrections.ts — so a file saved here is byte-identical to the one the static
 * build downloads — to data/corrections/<source-id>.json or data/user-places.json.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  parseCorrectionsJson,
  serializeCorrections,
  serializeUserPlaces,
  type UserPlace,
  userPlaceProblem,
} from '../shared/corrections.ts';
import { RequestError } from './request-error.ts';
import type { Route, RouteContext } from './routes.ts';

function json(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new RequestError(400, 'the request was not JSON');
  }
}

/** Written beside its final name, then renamed over it: a reader never sees half a file. */
function replaceFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

const shown = (ctx: RouteContext, file: string): string => path.relative(ctx.root, file);

export const saveCorrections: Route = {
  method: 'POST',
  path: '/api/corrections',
  limitBytes: 4 * 1024 * 1024,
  async handle(body, ctx) {
    const parsed = parseCorrectionsJson(json(body));
    if (typeof parsed === 'string') throw new RequestError(400, `refused: ${parsed}`);
    const file = ctx.dataPath('corrections', `${parsed.source}.json`);
    replaceFile(file, serializeCorrections(parsed));
    return { status: 200, body: { saved: shown(ctx, file) }, changed: true };
  },
};

export const saveUserPlaces: Route = {
  method: 'POST',
  path: '/api/user-places',
  limitBytes: 1024 * 1024,
  async handle(body, ctx) {
    const value = json(body);
    const list = (value as { places?: unknown } | null)?.places;
    if (!Array.isArray(list)) throw new RequestError(400, 'refused: expected {"places": [...]}');
    const ids = new Set<string>();
    for (const [i, p] of list.entries()) {
      const problem = userPlaceProblem(p);
      if (problem) throw new RequestError(400, `refused: places[${i}]: ${problem}`);
      const id = (p as UserPlace).id;
      if (ids.has(id)) throw new RequestError(400, `refused: the id ${id} is there twice`);
      ids.add(id);
    }
    const file = ctx.dataPath('user-places.json');
    replaceFile(file, serializeUserPlaces(list as UserPlace[]));
    return { status: 200, body: { saved: shown(ctx, file) }, changed: true };
  },
};
