import { type LonLat, PLACE_KINDS, type PlaceKind } from './types.ts';

/**
 * Corrections a reader made to the geoparser's mentions, as data: `data/corrections/<source-id>.json`
 * (README "Review and correct"). Shared by the pipeline, which applies them on every build, and
 * the app, which makes them; the one serializer below writes the files for both the download
 * (static build) and the dev server, so the two paths give identical files.
 */

/**
 * What a correction does to the words it anchors on:
 * - `choose-place`: the mention means another place (`place`);
 * - `not-a-place`: the words are no place mention at all;
 * - `add-mention`: the words are a mention the geoparser missed, of `place`;
 * - `accept`: a reviewer checked the mention and its place (`place`) is right.
 */
export const CORRECTION_ACTIONS = ['choose-place', 'not-a-place', 'add-mention', 'accept'] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

/** Characters of context kept on each side of the words: the fingerprint that re-anchors them. */
export const CONTEXT_CHARS = 32;

export interface Correction {
  action: CorrectionAction;
  /** The words, exactly as in the source's body text. */
  text: string;
  /** UTF-16 offsets into the body text when the correction was made. */
  start: number;
  end: number;
  /** Up to CONTEXT_CHARS characters just before and just after the words. */
  before: string;
  after: string;
  /** The place meant: a gazetteer id (`user:…` for a place added by hand). Absent for not-a-place. */
  place?: string;
}

export interface CorrectionsFile {
  /** The source's id (also the file's name). */
  source: string;
  corrections: Correction[];
}

/** How a mention came to be on the map, as shown and exported. */
export const MENTION_STATUSES = ['automatic', 'reviewed', 'corrected', 'added'] as const;
export type MentionStatus = (typeof MENTION_STATUSES)[number];

export const needsPlace = (action: CorrectionAction): boolean => action !== 'not-a-place';

/** Where the source files, corrections and user-added places live, relative to the repository. */
export const CORRECTIONS_DIR = 'data/corrections';
export const USER_PLACES_FILE = 'data/user-places.json';

/** The id of a place added by hand: `user:` and a slug of its name. */
export const USER_PLACE_PREFIX = 'user:';
export const isUserPlace = (placeId: string): boolean => placeId.startsWith(USER_PLACE_PREFIX);

/** A correction for the words body.slice(start, end), with their context fingerprint. */
export function correctionAt(
  body: string,
  start: number,
  end: number,
  action: CorrectionAction,
  place?: string,
): Correction {
  return {
    action,
    text: body.slice(start, end),
    start,
    end,
    before: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    after: body.slice(end, end + CONTEXT_CHARS),
    ...(needsPlace(action) && place !== undefined ? { place } : {}),
  };
}

/**
 * The list with `c` in it: a correction replaces any earlier one of the same words (the last
 * word counts). Un-adding a mention the reader added removes the addition.
 */
export function mergeCorrection(list: readonly Correction[], c: Correction): Correction[] {
  const same = (x: Correction): boolean => x.start === c.start && x.end === c.end;
  const earlier = list.find(same);
  const rest = list.filter((x) => !same(x));
  if (earlier?.action === 'add-mention' && c.action === 'not-a-place') return sortCorrections(rest);
  // Choosing a place for words the reader added keeps them an addition.
  const next: Correction =
    earlier?.action === 'add-mention' && c.action === 'choose-place'
      ? { ...c, action: 'add-mention' }
      : c;
  return sortCorrections([...rest, next]);
}

export function sortCorrections(list: readonly Correction[]): Correction[] {
  return [...list].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Members in a fixed order, so a file's bytes depend only on its corrections. */
function entryJson(c: Correction): string {
  const ordered: Record<string, unknown> = {
    action: c.action,
    text: c.text,
    start: c.start,
    end: c.end,
    before: c.before,
    after: c.after,
  };
  if (needsPlace(c.action) && c.place !== undefined) ordered.place = c.place;
  return JSON.stringify(ordered);
}

/**
 * THE serializer of `data/corrections/<id>.json`: one correction per line (so a pull request
 * shows one line per change and a problem's line number names one correction), sorted by
 * position, newline at the end.
 */
export function serializeCorrections(file: CorrectionsFile): string {
  const entries = sortCorrections(file.corrections).map((c) => `    ${entryJson(c)}`);
  const list = entries.length === 0 ? '[]' : `[\n${entries.join(',\n')}\n  ]`;
  return `{\n  "source": ${JSON.stringify(file.source)},\n  "corrections": ${list}\n}\n`;
}

/** A place no gazetteer has, added by a reader by clicking its location (data/user-places.json). */
export interface UserPlace {
  /** `user:` and a slug of the name. */
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, or null for a place across borders. */
  country: string | null;
  point: LonLat;
  /** "added by the user, <date>". */
  provenance: string;
}

export const userProvenance = (isoDate: string): string => `added by the user, ${isoDate}`;

/** A `user:` id for a name, not one of `taken`. */
export function userPlaceId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'place';
  let id = `${USER_PLACE_PREFIX}${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${USER_PLACE_PREFIX}${slug}-${n}`;
  return id;
}

/** THE serializer of data/user-places.json: the curated gazetteer's format, one place per line. */
export function serializeUserPlaces(places: readonly UserPlace[]): string {
  const lines = [...places]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) =>
      JSON.stringify({
        id: p.id,
        name: p.name,
        kind: p.kind,
        country: p.country,
        point: p.point,
        provenance: p.provenance,
      }),
    )
    .map((l) => `    ${l}`);
  const list = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return `{\n  "entries": ${list}\n}\n`;
}

/** public/data/corrections.json: the corrections and added places the build read, as written. */
export interface CorrectionsData {
  version: 1;
  /** Source id → its corrections file's entries (applied or not). */
  sources: Record<string, Correction[]>;
  places: UserPlace[];
}

/** Source ids are file names: lower-case letters, digits and hyphens (as the sources' rule says). */
export const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const ACTIONS: ReadonlySet<string> = new Set(CORRECTION_ACTIONS);

/**
 * One correction from untrusted JSON (localStorage, a request body), or why not. The pipeline
 * reads files with positions of its own (src/pipeline/corrections/parse.ts) and the same rules.
 */
export function correctionProblem(v: unknown): string | null {
  if (!isRec(v)) return 'expected an object';
  if (typeof v.action !== 'string' || !ACTIONS.has(v.action))
    return `expected "action" to be one of ${CORRECTION_ACTIONS.join(', ')}`;
  if (typeof v.text !== 'string' || v.text.trim() === '')
    return 'expected "text" to be the non-empty words corrected';
  if (!Number.isInteger(v.start) || !Number.isInteger(v.end))
    return 'expected "start" and "end" to be whole numbers';
  const start = v.start as number;
  const end = v.end as number;
  if (start < 0 || end - start !== v.text.length)
    return 'expected "end" - "start" to be the length of "text"';
  if (typeof v.before !== 'string' || typeof v.after !== 'string')
    return 'expected "before" and "after" to be strings (the context)';
  if (v.before.length > CONTEXT_CHARS * 4 || v.after.length > CONTEXT_CHARS * 4)
    return `expected at most ${CONTEXT_CHARS * 4} characters of context`;
  if (needsPlace(v.action as CorrectionAction)) {
    if (typeof v.place !== 'string' || !/^[a-z0-9]+:[^\s]+$/.test(v.place))
      return 'expected "place" to be a place id like "country:PK"';
  }
  return null;
}

/** A parsed correction (checked with correctionProblem first). */
export function toCorrection(v: Rec): Correction {
  const action = v.action as CorrectionAction;
  return {
    action,
    text: v.text as string,
    start: v.start as number,
    end: v.end as number,
    before: v.before as string,
    after: v.after as string,
    ...(needsPlace(action) ? { place: v.place as string } : {}),
  };
}

/** A corrections file from untrusted JSON, or the first problem found. */
export function parseCorrectionsJson(json: unknown): CorrectionsFile | string {
  if (!isRec(json)) return 'expected an object with "source" and "corrections"';
  if (typeof json.source !== 'string' || !SOURCE_ID.test(json.source))
    return 'expected "source" to be a source id (lower-case letters, digits and hyphens)';
  if (!Array.isArray(json.corrections)) return 'expected "corrections" to be a list';
  const corrections: Correction[] = [];
  for (const [i, c] of json.corrections.entries()) {
    const problem = correctionProblem(c);
    if (problem) return `corrections[${i}]: ${problem}`;
    corrections.push(toCorrection(c as Rec));
  }
  return { source: json.source, corrections };
}

const KINDS: ReadonlySet<string> = new Set<string>(PLACE_KINDS);

/** A user place from untrusted JSON, or why not (the pipeline checks the file with the gazetteer's rules). */
export function userPlaceProblem(v: unknown): string | null {
  if (!isRec(v)) return 'expected an object';
  if (typeof v.id !== 'string' || !/^user:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.id))
    return 'expected "id" like "user:spina-shaga"';
  if (typeof v.name !== 'string' || v.name.trim() === '' || v.name.length > 200)
    return 'expected "name" to be a name of at most 200 characters';
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) return 'expected "kind" to be a place kind';
  if (v.country !== null && (typeof v.country !== 'string' || !/^[A-Z]{2}$/.test(v.country)))
    return 'expected "country" to be a two-letter code or null';
  const p = v.point;
  if (
    !Array.isArray(p) ||
    p.length !== 2 ||
    !p.every((x) => typeof x === 'number' && Number.isFinite(x)) ||
    Math.abs(p[0] as number) > 180 ||
    Math.abs(p[1] as number) > 90
  )
    return 'expected "point" to be [lon, lat]';
  if (typeof v.provenance !== 'string' || v.provenance.trim() === '')
    return 'expected a "provenance"';
  return null;
}

/** public/data/corrections.json, checked; anything malformed is left out. */
export function parseCorrectionsData(json: unknown): CorrectionsData {
  const out: CorrectionsData = { version: 1, sources: {}, places: [] };
  if (!isRec(json)) return out;
  if (isRec(json.sources)) {
    for (const [id, list] of Object.entries(json.sources)) {
      if (!SOURCE_ID.test(id) || !Array.isArray(list)) continue;
      out.sources[id] = list
        .filter((c) => correctionProblem(c) === null)
        .map((c) => toCorrection(c as Rec));
    }
  }
  if (Array.isArray(json.places))
    out.places = json.places.filter((p) => userPlaceProblem(p) === null) as UserPlace[];
  return out;
}
