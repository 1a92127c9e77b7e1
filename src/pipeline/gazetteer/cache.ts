/**
 * The on-disk index under .cache/gazetteer/<key>/. Laid out for a fast load, because
 * `npm run extract` loads it on every call:
 * - meta.json, ids.txt, names.txt, columns.bin: entries as columns (numbers in typed arrays,
 *   repeated strings through tables);
 * - keys.txt: sorted name keys, one a line (split once, then binary-searched);
 * - postings.bin: Int32 offsets and entry indices for those keys;
 * - geometry.bin: each area's or line's GeoJSON, concatenated, parsed only when asked for.
 * A directory is written under a temporary name and renamed into place, so a reader never sees
 * half an index and a failed build leaves nothing behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACE_KINDS, type PlaceKind } from '../../shared/types.ts';
import { replaceDirectorySync } from '../fs/replace-file.ts';
import type { BuiltIndex } from './model.ts';
import type { NameIndex } from './name-index.ts';

export const KINDS: readonly PlaceKind[] = PLACE_KINDS;

/** Small tables and settings, stored as JSON. */
export interface StoredMeta {
  format: 2;
  count: number;
  countryTable: string[];
  featureCodeTable: string[];
  /** "{id}" in a provenance is replaced by the id's local part ("GeoNames {id}"). */
  provenanceTable: string[];
  maxNameTokens: number;
  demonyms: [string, string[]][];
}

/**
 * Entries as columns. Numbers live in typed arrays read straight from one binary file, strings
 * in newline-separated text: no per-entry JSON to parse at load.
 */
export interface StoredColumns {
  meta: StoredMeta;
  ids: string[];
  names: string[];
  /** Index into KINDS. */
  kinds: Int32Array;
  /** Index into countryTable, -1 for null. */
  countries: Int32Array;
  /** Entry index of the admin1 parent, -1 for null. */
  admin1: Int32Array;
  /** parents of entry i: parents[parentOffsets[i] .. parentOffsets[i + 1]). */
  parentOffsets: Int32Array;
  parents: Int32Array;
  /** Index into featureCodeTable, -1 for null. */
  featureCodes: Int32Array;
  /** Index into provenanceTable. */
  provenance: Int32Array;
  /** Byte offset and length in geometry.bin, or -1, -1 for point places. */
  geometry: Int32Array;
  /** lon, lat pairs. */
  points: Float64Array;
  population: Float64Array;
}

export interface StoredIndex {
  columns: StoredColumns;
  /** Sorted name keys. */
  keys: string[];
  /** keys.length + 1 offsets into the same array, then the entry indices. */
  postings: Int32Array;
  geometry: Buffer;
}

/** Order of the typed arrays in columns.bin: Float64 first, so every section stays aligned. */
const SECTIONS = [
  'points',
  'population',
  'kinds',
  'countries',
  'admin1',
  'parentOffsets',
  'parents',
  'featureCodes',
  'provenance',
  'geometry',
] as const;
type Section = (typeof SECTIONS)[number];
const FLOAT_SECTIONS: ReadonlySet<Section> = new Set(['points', 'population']);

function tableIndex(table: string[], lookup: Map<string, number>, value: string): number {
  let i = lookup.get(value);
  if (i === undefined) {
    i = table.length;
    table.push(value);
    lookup.set(value, i);
  }
  return i;
}

export function toStored(built: BuiltIndex, names: NameIndex): StoredIndex {
  const { entries } = built;
  const n = entries.length;
  const indexOf = new Map(entries.map((d, i) => [d.entry.id, i]));
  const meta: StoredMeta = {
    format: 2,
    count: n,
    countryTable: [],
    featureCodeTable: [],
    provenanceTable: [],
    maxNameTokens: names.maxNameTokens,
    demonyms: [...built.demonyms.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
  const countryLookup = new Map<string, number>();
  const featureCodeLookup = new Map<string, number>();
  const provenanceLookup = new Map<string, number>();
  const parentLists = entries.map((d) =>
    d.entry.parents.map((p) => indexOf.get(p)).filter((i): i is number => i !== undefined),
  );
  const c: StoredColumns = {
    meta,
    ids: [],
    names: [],
    kinds: new Int32Array(n),
    countries: new Int32Array(n),
    admin1: new Int32Array(n),
    parentOffsets: new Int32Array(n + 1),
    parents: new Int32Array(parentLists.reduce((sum, l) => sum + l.length, 0)),
    featureCodes: new Int32Array(n),
    provenance: new Int32Array(n),
    geometry: new Int32Array(2 * n),
    points: new Float64Array(2 * n),
    population: new Float64Array(n),
  };
  const geometryParts: Buffer[] = [];
  let geometryOffset = 0;
  let parentAt = 0;
  entries.forEach((d, i) => {
    const e = d.entry;
    c.ids.push(e.id);
    c.names.push(e.name.replace(/\n/g, ' '));
    c.kinds[i] = KINDS.indexOf(e.kind);
    c.countries[i] = e.country ? tableIndex(meta.countryTable, countryLookup, e.country) : -1;
    c.admin1[i] = e.admin1 ? (indexOf.get(e.admin1) ?? -1) : -1;
    c.parentOffsets[i] = parentAt;
    for (const p of parentLists[i] ?? []) c.parents[parentAt++] = p;
    c.points[2 * i] = e.point[0];
    c.points[2 * i + 1] = e.point[1];
    c.population[i] = e.population;
    c.featureCodes[i] = e.featureCode
      ? tableIndex(meta.featureCodeTable, featureCodeLookup, e.featureCode)
      : -1;
    // Per-place provenance such as "GeoNames 1138336" is stored once as a template.
    const local = e.id.slice(e.id.indexOf(':') + 1);
    const template = e.provenance.split(local).join('{id}');
    c.provenance[i] = tableIndex(meta.provenanceTable, provenanceLookup, template);
    if (d.geometry) {
      const bytes = Buffer.from(JSON.stringify(d.geometry), 'utf8');
      geometryParts.push(bytes);
      c.geometry[2 * i] = geometryOffset;
      c.geometry[2 * i + 1] = bytes.length;
      geometryOffset += bytes.length;
    } else {
      c.geometry[2 * i] = -1;
      c.geometry[2 * i + 1] = -1;
    }
  });
  c.parentOffsets[n] = parentAt;
  let total = 0;
  for (const p of names.postings) total += p.length;
  const postings = new Int32Array(names.keys.length + 1 + total);
  let at = names.keys.length + 1;
  names.postings.forEach((list, i) => {
    postings[i] = at;
    for (const entryIndex of list) postings[at++] = entryIndex;
  });
  postings[names.keys.length] = at;
  return { columns: c, keys: names.keys, postings, geometry: Buffer.concat(geometryParts) };
}

function bytesOf(array: Int32Array | Float64Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** A buffer whose start is 8-byte aligned, so typed arrays can view it without copying. */
function aligned(buffer: Buffer): Buffer {
  if (buffer.byteOffset % 8 === 0) return buffer;
  const copy = Buffer.alloc(buffer.length);
  buffer.copy(copy);
  return copy;
}

const FILES = {
  manifest: 'manifest.json',
  meta: 'meta.json',
  ids: 'ids.txt',
  names: 'names.txt',
  columns: 'columns.bin',
  keys: 'keys.txt',
  postings: 'postings.bin',
  geometry: 'geometry.bin',
} as const;

export interface Manifest {
  key: string;
  builtAt: string;
  buildMs: number;
  counts: Record<string, number>;
}

export function writeIndex(
  cacheDir: string,
  key: string,
  stored: StoredIndex,
  manifest: Manifest,
): string {
  mkdirSync(cacheDir, { recursive: true });
  const finalDir = join(cacheDir, key);
  try {
    replaceDirectorySync(finalDir, (tmpDir) => {
      mkdirSync(tmpDir, { recursive: true });
      const c = stored.columns;
      writeFileSync(join(tmpDir, FILES.meta), JSON.stringify(c.meta));
      writeFileSync(join(tmpDir, FILES.ids), c.ids.join('\n'));
      writeFileSync(join(tmpDir, FILES.names), c.names.join('\n'));
      writeFileSync(join(tmpDir, FILES.columns), Buffer.concat(SECTIONS.map((s) => bytesOf(c[s]))));
      writeFileSync(join(tmpDir, FILES.keys), stored.keys.join('\n'));
      writeFileSync(
        join(tmpDir, FILES.postings),
        Buffer.from(stored.postings.buffer, stored.postings.byteOffset, stored.postings.byteLength),
      );
      writeFileSync(join(tmpDir, FILES.geometry), stored.geometry);
      // The manifest goes last: its presence marks a complete index.
      writeFileSync(join(tmpDir, FILES.manifest), JSON.stringify(manifest, null, 2));
    });
  } catch (error) {
    // Another process built the same index at the same moment: its copy is as good as ours.
    if (hasIndex(cacheDir, key)) return finalDir;
    throw error;
  }
  // Older indexes are stale by construction (their key no longer matches the inputs).
  for (const name of readdirSync(cacheDir)) {
    if (name !== key && !name.includes('.tmp-'))
      rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
  return finalDir;
}

export function hasIndex(cacheDir: string, key: string): boolean {
  return existsSync(join(cacheDir, key, FILES.manifest));
}

export function readIndex(cacheDir: string, key: string): StoredIndex {
  const dir = join(cacheDir, key);
  const meta = JSON.parse(readFileSync(join(dir, FILES.meta), 'utf8')) as StoredMeta;
  const n = meta.count;
  const lines = (file: string): string[] => {
    const text = readFileSync(join(dir, file), 'utf8');
    return text === '' ? [] : text.split('\n');
  };
  const bin = aligned(readFileSync(join(dir, FILES.columns)));
  const parentsLength = (bin.length - sectionBytes(n, 0)) / 4;
  let offset = 0;
  const view = {} as Record<Section, Int32Array | Float64Array>;
  for (const section of SECTIONS) {
    const length = sectionLength(section, n, parentsLength);
    view[section] = FLOAT_SECTIONS.has(section)
      ? new Float64Array(bin.buffer, bin.byteOffset + offset, length)
      : new Int32Array(bin.buffer, bin.byteOffset + offset, length);
    offset += length * (FLOAT_SECTIONS.has(section) ? 8 : 4);
  }
  const raw = aligned(readFileSync(join(dir, FILES.postings)));
  const keysText = readFileSync(join(dir, FILES.keys), 'utf8');
  return {
    columns: {
      meta,
      ids: lines(FILES.ids),
      names: lines(FILES.names),
      ...(view as Pick<StoredColumns, Section>),
    },
    keys: keysText === '' ? [] : keysText.split('\n'),
    postings: new Int32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4),
    geometry: readFileSync(join(dir, FILES.geometry)),
  };
}

function sectionLength(section: Section, n: number, parents: number): number {
  switch (section) {
    case 'points':
    case 'geometry':
      return 2 * n;
    case 'parentOffsets':
      return n + 1;
    case 'parents':
      return parents;
    default:
      return n;
  }
}

/** Bytes of all sections for n entries and the given number of parent links. */
function sectionBytes(n: number, parents: number): number {
  return SECTIONS.reduce(
    (sum, s) => sum + sectionLength(s, n, parents) * (FLOAT_SECTIONS.has(s) ? 8 : 4),
    0,
  );
}
