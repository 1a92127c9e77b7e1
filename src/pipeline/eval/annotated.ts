/**
 * Inline-annotated evaluation documents (data/eval/src/<group>/<name>.ann.txt) → plain text plus
 * gold spans with UTF-16 offsets. Hand-counting offsets is error-prone, so annotators write
 * `[[Kandahar|31.61,65.71]]` in the running text and the offsets are derived here.
 *
 * Markup, inside `[[ … ]]` (see data/eval/README.md):
 *   [[text|lat,lon]]             explicit point
 *   [[text|lat,lon|kind]]        … with a kind (country, admin1, city, region, …)
 *   [[text|lat,lon|kind|note]]   … and a free-text note for the reader of the misses list
 *   [[text|#AF]]                 a country, by ISO alpha-2: the point comes from `countryPoint`
 *   [[text|=Other text]]         same place as the earlier annotation whose text is "Other text"
 *   [[text]]                     same place as the earlier annotation with this very text
 * The kind and note slots may follow any of the point forms: [[U.S.|=United States||as a modifier]].
 *
 * Pure: no I/O. Problems are returned as data with line/column in the .ann source.
 */
import type { Problem, TextPosition } from '../problems.ts';
import { positionAt } from '../problems.ts';

export interface GoldAnnotation {
  /** UTF-16 offsets into the plain text: text.slice(start, end) === this.text */
  start: number;
  end: number;
  text: string;
  /** Null when the annotators found no gazetteer entry: counted for recognition only. */
  lat: number | null;
  lon: number | null;
  kind?: string;
  note?: string;
}

/** The shape of data/eval/gold/<name>.json (see README). */
export interface GoldFile {
  doc: string;
  annotations: GoldAnnotation[];
}

export interface ConvertOptions {
  /** Path shown in problems. */
  file: string;
  /** [lat, lon] of a country by ISO alpha-2, for the `#AF` form. */
  countryPoint?: (code: string) => readonly [number, number] | undefined;
}

export interface Converted {
  text: string;
  annotations: GoldAnnotation[];
  problems: Problem[];
}

const OPEN = '[[';
const CLOSE = ']]';

/** Parse "lat,lon" strictly: two finite decimal numbers within range. */
export function parseLatLon(s: string): { lat: number; lon: number } | string {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(s);
  if (!m) return `expected "lat,lon" (decimal degrees), found "${s}"`;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (lat < -90 || lat > 90) return `expected latitude in [-90, 90], found ${lat}`;
  if (lon < -180 || lon > 180) return `expected longitude in [-180, 180], found ${lon}`;
  return { lat, lon };
}

interface Resolved {
  lat: number;
  lon: number;
  kind?: string;
}

/** What the reading of one file keeps: its problems and every point given for a surface text. */
interface Reading {
  options: ConvertOptions;
  problem: (from: number, to: number, message: string) => void;
  /** Every point given for a surface text so far, so `[[X]]` and `[[Y|=X]]` can reuse it. */
  byText: Map<string, Resolved[]>;
}

function reuse(r: Reading, name: string, at: number, to: number): Resolved | undefined {
  const prior = r.byText.get(name);
  if (!prior || prior.length === 0) {
    r.problem(at, to, `expected an earlier annotation with text "${name}" to copy, found none`);
    return undefined;
  }
  const first = prior[0]!;
  // A name given two different points earlier (a homonym) must be spelled out again.
  if (prior.some((p) => p.lat !== first.lat || p.lon !== first.lon)) {
    r.problem(at, to, `"${name}" was annotated with different points earlier; give lat,lon`);
    return undefined;
  }
  return first;
}

/** The point of `[[surface|where]]`: reused, a country's, or lat,lon. */
function pointOf(
  r: Reading,
  surface: string,
  where: string | undefined,
  at: number,
  to: number,
): Resolved | undefined {
  if (where === undefined || where === '') return reuse(r, surface, at, to);
  if (where.startsWith('=')) return reuse(r, where.slice(1), at, to);
  if (where.startsWith('#')) {
    const code = where.slice(1);
    const p = r.options.countryPoint?.(code);
    if (!p) {
      r.problem(at, to, `expected a known ISO alpha-2 country code, found "${code}"`);
      return undefined;
    }
    return { lat: p[0], lon: p[1], kind: 'country' };
  }
  const ll = parseLatLon(where);
  if (typeof ll === 'string') {
    r.problem(at, to, ll);
    return undefined;
  }
  return ll;
}

/** One `[[surface|where|kind|note]]` whose surface starts at `start` in the plain text. */
function annotationOf(
  r: Reading,
  parts: readonly string[],
  start: number,
  at: number,
  to: number,
): GoldAnnotation | undefined {
  const surface = parts[0] ?? '';
  if (surface.length === 0 || surface.trim() !== surface) {
    r.problem(at, to, `expected a non-empty name without surrounding spaces, found "${surface}"`);
    return undefined;
  }
  if (parts.length > 4) {
    r.problem(at, to, `expected at most 4 "|"-separated fields, found ${parts.length}`);
    return undefined;
  }
  const [, where, kindField, noteField] = parts;
  const resolved = pointOf(r, surface, where, at, to);
  if (!resolved) return undefined;

  const kind = kindField ? kindField : resolved.kind;
  const annotation: GoldAnnotation = {
    start,
    end: start + surface.length,
    text: surface,
    lat: resolved.lat,
    lon: resolved.lon,
  };
  if (kind) annotation.kind = kind;
  if (noteField) annotation.note = noteField;
  const list = r.byText.get(surface) ?? [];
  list.push({ lat: resolved.lat, lon: resolved.lon, ...(kind ? { kind } : {}) });
  r.byText.set(surface, list);
  return annotation;
}

export function convertAnnotated(source: string, options: ConvertOptions): Converted {
  const problems: Problem[] = [];
  const annotations: GoldAnnotation[] = [];
  const reading: Reading = {
    options,
    byText: new Map(),
    problem: (from, to, message) => {
      const fromPos: TextPosition = positionAt(source, from);
      const toPos: TextPosition = positionAt(source, to);
      problems.push({ file: options.file, from: fromPos, to: toPos, severity: 'error', message });
    },
  };
  let text = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf(OPEN, i);
    const strayClose = source.indexOf(CLOSE, i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      reading.problem(
        strayClose,
        strayClose + 2,
        'expected "]]" only after "[[", found a stray "]]"',
      );
    }
    if (open === -1) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, open);
    const close = source.indexOf(CLOSE, open + 2);
    const nextOpen = source.indexOf(OPEN, open + 2);
    const newline = source.indexOf('\n', open + 2);
    if (
      close === -1 ||
      (nextOpen !== -1 && nextOpen < close) ||
      (newline !== -1 && newline < close)
    ) {
      reading.problem(
        open,
        open + 2,
        'expected "]]" closing this "[[" on the same line, found none',
      );
      // Keep the raw characters so later offsets still make sense to the annotator.
      text += OPEN;
      i = open + 2;
      continue;
    }
    const parts = source.slice(open + 2, close).split('|');
    const start = text.length;
    text += parts[0] ?? '';
    i = close + 2;
    const annotation = annotationOf(reading, parts, start, open, close + 2);
    if (annotation) annotations.push(annotation);
  }
  return { text, annotations, problems };
}
