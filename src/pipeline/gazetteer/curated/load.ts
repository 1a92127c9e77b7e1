/**
 * Reads data/gazetteer/*.json (format in data/gazetteer/README.md), checks every file with the
 * rules in ../rules, and turns the records into typed data and index entries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Geometry } from 'geojson';
import { type BBox, bboxOf } from '../../../shared/geometry/bbox.ts';
import { labelPoint } from '../../../shared/geometry/label-point.ts';
import type { Area } from '../../../shared/geometry/polygons.ts';
import { round, roundGeometry } from '../../../shared/geometry/round.ts';
import type { LonLat, PlaceKind } from '../../../shared/types.ts';
import { type Problem, positionAt } from '../../problems.ts';
import type { CuratedDemonym } from '../demonyms.ts';
import { areaContains, areaKm2, dissolveAreas, simplifyArea } from '../geometry.ts';
import type { DraftEntry } from '../model.ts';
import type { Admin1Fix, Admin1Result } from '../packages/admin1.ts';
import type { CountryRecord } from '../packages/countries.ts';
import { CURATED_DIR, REPO_ROOT } from '../paths.ts';
import { RULES } from '../rules/index.ts';
import type { CuratedFile, RuleContext } from './document.ts';
import { JsonSyntaxError, parseJsonWithPositions, plain } from './json.ts';

export interface CuratedEntry {
  file: string;
  id: string;
  name: string;
  names: string[];
  kind: PlaceKind;
  country: string | null;
  point: LonLat | null;
  area: { countries?: string[]; naturalEarthAdmin1?: string[] } | null;
  population: number;
  provenance: string;
}

export interface CuratedData {
  files: CuratedFile[];
  problems: Problem[];
  entries: CuratedEntry[];
  admin1Fixes: Admin1Fix[];
  /** Entry id → extra names. */
  aliases: Map<string, string[]>;
  demonyms: CuratedDemonym[];
  /** Country code → the conventional point that stands for the whole country. */
  countryPoints: Map<string, LonLat>;
}

/** Simplification tolerance (degrees) for multi-country regions. */
const REGION_TOLERANCE = 0.02;

export interface Zone {
  id: string;
  area: Area;
  box: BBox;
}

export function readCuratedFiles(dir: string = CURATED_DIR): CuratedFile[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
  return names.map((name) => {
    const path = join(dir, name);
    const rel = relative(REPO_ROOT, path);
    const text = readFileSync(path, 'utf8');
    try {
      return { file: rel.startsWith('..') ? path : rel, text, root: parseJsonWithPositions(text) };
    } catch {
      return { file: rel.startsWith('..') ? path : rel, text, root: null };
    }
  });
}

function syntaxProblems(file: CuratedFile): Problem[] {
  if (file.root !== null) return [];
  try {
    parseJsonWithPositions(file.text);
    return [];
  } catch (error) {
    const offset = error instanceof JsonSyntaxError ? error.offset : 0;
    const message = error instanceof Error ? error.message : String(error);
    const at = positionAt(file.text, offset);
    return [
      { file: file.file, from: at, to: at, severity: 'error', message: `invalid JSON: ${message}` },
    ];
  }
}

export function checkCuratedFiles(
  files: readonly CuratedFile[],
  ctx: Omit<RuleContext, 'files'>,
): Problem[] {
  const full: RuleContext = { ...ctx, files };
  return [...files.flatMap(syntaxProblems), ...RULES.flatMap((rule) => rule.check(full))];
}

export function ruleContext(countries: readonly CountryRecord[]): Omit<RuleContext, 'files'> {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  return {
    countryCodes: new Set(countries.map((c) => c.code)),
    countryArea: (code) => byCode.get(code)?.area ?? null,
  };
}

function records(file: CuratedFile, list: string): Record<string, unknown>[] {
  const root = file.root ? (plain(file.root) as Record<string, unknown>) : {};
  const value = root[list];
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

export function loadCuratedData(countries: readonly CountryRecord[], dir?: string): CuratedData {
  const files = readCuratedFiles(dir);
  const problems = checkCuratedFiles(files, ruleContext(countries));
  const entries: CuratedEntry[] = [];
  const admin1Fixes: Admin1Fix[] = [];
  const aliases = new Map<string, string[]>();
  const demonyms: CuratedDemonym[] = [];
  const countryPoints = new Map<string, LonLat>();
  for (const file of files) {
    for (const r of records(file, 'entries')) {
      const point = Array.isArray(r.point) ? (r.point as LonLat) : null;
      entries.push({
        file: file.file,
        id: String(r.id),
        name: String(r.name),
        names: Array.isArray(r.names) ? (r.names as string[]) : [],
        kind: r.kind as PlaceKind,
        country: typeof r.country === 'string' ? r.country : null,
        point,
        area: (r.area as CuratedEntry['area']) ?? null,
        population: typeof r.population === 'number' ? r.population : 0,
        provenance: String(r.provenance),
      });
    }
    for (const r of records(file, 'fixes')) admin1Fixes.push(r as unknown as Admin1Fix);
    for (const r of records(file, 'aliases')) {
      const id = String(r.id);
      aliases.set(id, [...(aliases.get(id) ?? []), ...((r.names as string[]) ?? [])]);
    }
    for (const r of records(file, 'demonyms')) demonyms.push(r as unknown as CuratedDemonym);
    for (const r of records(file, 'countryPoints'))
      countryPoints.set(String(r.country), r.point as LonLat);
  }
  return { files, problems, entries, admin1Fixes, aliases, demonyms, countryPoints };
}

/**
 * A region's point: the mean of its members' label points weighted by the square root of their
 * area — so Russia's size does not pull "Eastern Europe" into Siberia, and a dozen islets do not
 * pull "Oceania" into the sea — if that falls inside a member; else the label point of the member
 * nearest to it (so "Southeast Asia" is not labelled in the sea).
 */
function regionPoint(members: readonly CountryRecord[]): LonLat {
  const weighted = members
    .filter((m) => m.area !== null)
    .map((m) => ({ m, w: Math.sqrt(areaKm2(m.area as Area)) }));
  const total = weighted.reduce((s, x) => s + x.w, 0);
  if (total === 0) return members[0]?.point ?? [0, 0];
  const mean: LonLat = [
    weighted.reduce((s, x) => s + x.m.point[0] * x.w, 0) / total,
    weighted.reduce((s, x) => s + x.m.point[1] * x.w, 0) / total,
  ];
  if (weighted.some(({ m }) => areaContains(m.area as Area, mean)))
    return [round(mean[0]), round(mean[1])];
  let best = weighted[0]?.m.point ?? mean;
  let bestD = Infinity;
  for (const { m } of weighted) {
    const d = (m.point[0] - mean[0]) ** 2 + (m.point[1] - mean[1]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = m.point;
    }
  }
  return best;
}

export function curatedDrafts(
  curated: CuratedData,
  countries: readonly CountryRecord[],
  admin1: Admin1Result,
  locateAdmin1: (country: string, p: LonLat) => string | null,
): DraftEntry[] {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  return curated.entries.map((e) => {
    let geometry: Geometry | null = null;
    let point = e.point;
    const members = (e.area?.countries ?? [])
      .map((c) => byCode.get(c))
      .filter((c): c is CountryRecord => c !== undefined);
    const memberAreas = members.map((m) => m.area).filter((a): a is Area => a !== null);
    const neAreas = (e.area?.naturalEarthAdmin1 ?? [])
      .map((code) => admin1.rawAreas.get(code))
      .filter((a): a is Area => a !== undefined);
    if (memberAreas.length > 0) {
      // Regions are shown at continental scale: a coarser outline keeps the cache small.
      geometry = roundGeometry(
        dissolveAreas(memberAreas.map((a) => simplifyArea(a, REGION_TOLERANCE))),
      );
      point ??= regionPoint(members);
    } else if (neAreas.length > 0) {
      const area = simplifyArea(dissolveAreas(neAreas), 0.005);
      geometry = area;
      point ??= labelPoint(area);
    }
    const p: LonLat = point ?? [0, 0];
    const admin1Id = e.country && e.kind !== 'admin1' ? locateAdmin1(e.country, p) : null;
    return {
      entry: {
        id: e.id,
        name: e.name,
        kind: e.kind,
        country: e.country,
        admin1: admin1Id,
        parents: [...(admin1Id ? [admin1Id] : []), ...(e.country ? [`country:${e.country}`] : [])],
        point: p,
        population: e.population,
        featureCode: null,
        provenance: `curated (${e.file}): ${e.provenance}`,
      },
      names: [e.name, ...e.names],
      alternates: [],
      geometry,
    };
  });
}

/** Curated areas inside one country (e.g. the former tribal areas): parents of the places within. */
export function zonesByCountry(drafts: readonly DraftEntry[]): Map<string, Zone[]> {
  const zones = new Map<string, Zone[]>();
  for (const d of drafts) {
    const g = d.geometry;
    if (!d.entry.country || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const list = zones.get(d.entry.country) ?? [];
    list.push({ id: d.entry.id, area: g, box: bboxOf(g) });
    zones.set(d.entry.country, list);
  }
  return zones;
}
