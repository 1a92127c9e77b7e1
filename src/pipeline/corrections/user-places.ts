/**
 * Places no gazetteer has, added by a reader (data/user-places.json, README "Review and
 * correct"): the curated gazetteer's entry format with a point, checked by the same rules
 * (range, swapped lat/lon, inside its country, duplicate ids) plus: ids are `user:…`, not
 * already gazetteer ids, and a place the gazetteer already has nearby under that name is
 * pointed out. They are given to the corrections stage as places it may choose; the
 * geoparser's index is left as it is (a reader's place is chosen, not guessed).
 */
import type { Geometry } from 'geojson';
import { isUserPlace } from '../../shared/corrections.ts';
import { distanceKm } from '../../shared/geometry/distance.ts';
import type { Area } from '../../shared/geometry/polygons.ts';
import type { LonLat, PlaceKind } from '../../shared/types.ts';
import {
  type CuratedFile,
  entryNodes,
  problemAt,
  stringAt,
} from '../gazetteer/curated/document.ts';
import { JsonSyntaxError, parseJsonWithPositions, plain } from '../gazetteer/curated/json.ts';
import { distanceToAreaKm } from '../gazetteer/geometry.ts';
import { RULES } from '../gazetteer/rules/index.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { type Problem, positionAt } from '../problems.ts';

/** A place of the same name this close is most likely the same place. */
export const SAME_PLACE_KM = 25;

export interface UserPlaces {
  entries: GazetteerEntry[];
  problems: Problem[];
}

const isArea = (g: Geometry): g is Area => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** Checks the file's text and turns its entries into gazetteer entries the geoparser can give. */
export function checkUserPlaces(file: string, text: string, geoparser: Geoparser): UserPlaces {
  let root: CuratedFile['root'];
  try {
    root = parseJsonWithPositions(text);
  } catch (error) {
    const at = positionAt(text, error instanceof JsonSyntaxError ? error.offset : 0);
    return {
      entries: [],
      problems: [
        {
          file,
          from: at,
          to: at,
          severity: 'warning',
          message: `invalid JSON: ${(error as Error).message}; no place added by hand was read`,
        },
      ],
    };
  }
  const curated: CuratedFile = { file, text, root };
  const countryArea = (code: string): Area | null => {
    if (!geoparser.place(`country:${code}`)) return null;
    const g = geoparser.geometry(`country:${code}`);
    return isArea(g) ? g : null;
  };
  const ctx = {
    files: [curated],
    countryCodes: {
      has: (code: string) => geoparser.place(`country:${code}`) !== undefined,
    } as ReadonlySet<string>,
    countryArea,
  };
  const problems = RULES.flatMap((rule) => rule.check(ctx));
  const entries: { entry: GazetteerEntry; node: { start: number; end: number } }[] = [];
  for (const node of entryNodes(curated)) {
    const id = stringAt(node, 'id');
    if (id && !isUserPlace(id.value))
      problems.push(
        problemAt(curated, id.node, `expected an id like "user:spina-shaga", found "${id.value}"`),
      );
    else if (id && geoparser.place(id.value))
      problems.push(
        problemAt(
          curated,
          id.node,
          `expected a new id, found "${id.value}", which the gazetteer already has`,
        ),
      );
    const r = plain(node) as Record<string, unknown>;
    if (!Array.isArray(r.point)) {
      problems.push(
        problemAt(
          curated,
          node,
          'expected a "point" [lon, lat] (a place added by hand is a point)',
        ),
      );
      continue;
    }
    const point = r.point as LonLat;
    const country = typeof r.country === 'string' ? r.country : null;
    const name = String(r.name);
    const same = sameNamedNearby(geoparser, name, point);
    if (same)
      problems.push(
        problemAt(
          curated,
          node,
          `expected a place the gazetteer lacks, found that it has "${same.name}" (${same.id}) within ${SAME_PLACE_KM} km`,
          'warning',
        ),
      );
    entries.push({
      node,
      entry: {
        id: String(r.id),
        name,
        kind: r.kind as PlaceKind,
        country,
        admin1: null,
        parents: country && geoparser.place(`country:${country}`) ? [`country:${country}`] : [],
        point,
        population: 0,
        featureCode: null,
        provenance: String(r.provenance),
      },
    });
  }
  // A place added by hand that fails a check is left out, with a warning: it never stops the
  // build (corrections that choose it are then reported, not applied).
  const bad = (n: { start: number; end: number }) =>
    problems.some(
      (p) => p.severity === 'error' && p.from.offset >= n.start && p.from.offset <= n.end,
    );
  return {
    entries: entries.filter((e) => !bad(e.node)).map((e) => e.entry),
    problems: problems.map((p) =>
      p.severity === 'error'
        ? { ...p, severity: 'warning', message: `${p.message}; this place was left out` }
        : p,
    ),
  };
}

/** The gazetteer's own reading of the name, when it is a place near the point. */
function sameNamedNearby(geoparser: Geoparser, name: string, point: LonLat): GazetteerEntry | null {
  const [found] = geoparser.parse(name);
  if (found?.start !== 0 || found.end !== name.length) return null;
  for (const e of [found.place, ...found.alternatives.map((r) => geoparser.place(r.id))]) {
    if (!e) continue;
    const g = geoparser.geometry(e.id);
    const km = isArea(g) ? distanceToAreaKm(g, point) : distanceKm(e.point, point);
    if (km <= SAME_PLACE_KM) return e;
  }
  return null;
}

/** The geoparser, also knowing the places added by hand (by id, as points). */
export function withUserPlaces(
  geoparser: Geoparser,
  entries: readonly GazetteerEntry[],
): Geoparser {
  if (entries.length === 0) return geoparser;
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    parse: (text, options) => geoparser.parse(text, options),
    place: (id) => byId.get(id) ?? geoparser.place(id),
    geometry: (id) => {
      const e = byId.get(id);
      return e ? { type: 'Point', coordinates: [...e.point] } : geoparser.geometry(id);
    },
    isDemonym: (surface) => geoparser.isDemonym(surface),
  };
}
