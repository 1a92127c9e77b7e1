/**
 * The on-disk index under .cache/gazetteer/<key>/: one file, index.bin, laid out to be read
 * into one SharedArrayBuffer and used in place, so every worker thread of a process views the
 * same bytes (N workers cost about one index) and a load allocates almost nothing:
 * - a header (its length as a little-endian uint32, then JSON: the small tables and where each
 *   section lies);
 * - sections, each 8-byte aligned: entries as columns (numbers in typed arrays, repeated strings
 *   through tables), ids, names, name keys and provenance templates as UTF-8 string tables
 *   (see string-table.ts: keys sorted by bytes, ids reached through a byte-sorted permutation),
 *   postings, and each area's or line's GeoJSON, parsed only when asked for.
 * The manifest is written beside it, last. A directory is written under a temporary name and
 * renamed into place, so a reader never sees half an index and a failed build leaves nothing.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PLACE_KINDS, type PlaceKind } from '../../shared/types.ts';
import { replaceDirectorySync } from '../fs/replace-file.ts';
import type { BuiltIndex } from './model.ts';
import type { NameIndex } from './name-index.ts';
import { compareUtf8, encodeStrings, StringTable } from './string-table.ts';

export const KINDS: readonly PlaceKind[] = PLACE_KINDS;

/** Bumped whenever the layout changes (the cache key changes with this file too). */
const FORMAT = 3;

/** Small tables and settings, stored in the header. */
export interface StoredMeta {
  format: typeof FORMAT;
  count: number;
  countryTable: string[];
  featureCodeTable: string[];
  maxNameTokens: number;
  demonyms: [string, string[]][];
}

const FLOAT64 = ['points', 'population'] as const;
const INT32 = [
  /** Index into KINDS. */
  'kinds',
  /** Index into countryTable, -1 for null. */
  'countries',
  /** Entry index of the admin1 parent, -1 for null. */
  'admin1',
  /** parents of entry i: parents[parentOffsets[i] .. parentOffsets[i + 1]). */
  'parentOffsets',
  'parents',
  /** Index into featureCodeTable, -1 for null. */
  'featureCodes',
  /** Index into the provenance templates. */
  'provenance',
  /** Byte offset and length in geometryBytes, or -1, -1 for point places. */
  'geometry',
  /** keys.size + 1 offsets into the same array, then the entry indices. */
  'postings',
  /** Entry indices in the byte order of their ids (for get(id)). */
  'idOrder',
  'idOffsets',
  'nameOffsets',
  'keyOffsets',
  'provenanceOffsets',
] as const;
const BYTES = ['idBytes', 'nameBytes', 'keyBytes', 'provenanceBytes', 'geometryBytes'] as const;
type Float64Section = (typeof FLOAT64)[number];
type Int32Section = (typeof INT32)[number];
type ByteSection = (typeof BYTES)[number];
type Sections = Record<Float64Section, Float64Array> &
  Record<Int32Section, Int32Array> &
  Record<ByteSection, Uint8Array>;

interface Header {
  meta: StoredMeta;
  /** Section name → [byte offset in the file, length in elements]. */
  sections: Record<string, [number, number]>;
}

/** The index as views over one buffer (shared between threads when it is a SharedArrayBuffer). */
export interface StoredIndex {
  buffer: SharedArrayBuffer | ArrayBuffer;
  meta: StoredMeta;
  /** lon, lat pairs. */
  points: Float64Array;
  population: Float64Array;
  kinds: Int32Array;
  countries: Int32Array;
  admin1: Int32Array;
  parentOffsets: Int32Array;
  parents: Int32Array;
  featureCodes: Int32Array;
  provenance: Int32Array;
  geometry: Int32Array;
  postings: Int32Array;
  idOrder: Int32Array;
  ids: StringTable;
  names: StringTable;
  /** Name keys, sorted by bytes. */
  keys: StringTable;
  /** "{id}" in a template is replaced by the id's local part ("GeoNames {id}"). */
  provenanceTemplates: StringTable;
  geometryBytes: Uint8Array;
}

function tableIndex(table: string[], lookup: Map<string, number>, value: string): number {
  let i = lookup.get(value);
  if (i === undefined) {
    i = table.length;
    table.push(value);
    lookup.set(value, i);
  }
  return i;
}

/** The index file's bytes, in a SharedArrayBuffer, ready for openIndex and writeIndex. */
export function serializeIndex(built: BuiltIndex, names: NameIndex): Uint8Array {
  const { entries } = built;
  const n = entries.length;
  const indexOf = new Map(entries.map((d, i) => [d.entry.id, i]));
  const meta: StoredMeta = {
    format: FORMAT,
    count: n,
    countryTable: [],
    featureCodeTable: [],
    maxNameTokens: names.maxNameTokens,
    demonyms: [...built.demonyms.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
  const provenanceTable: string[] = [];
  const countryLookup = new Map<string, number>();
  const featureCodeLookup = new Map<string, number>();
  const provenanceLookup = new Map<string, number>();
  const parentLists = entries.map((d) =>
    d.entry.parents.map((p) => indexOf.get(p)).filter((i): i is number => i !== undefined),
  );
  const c = {
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
  const ids: string[] = [];
  const entryNames: string[] = [];
  const geometryParts: Buffer[] = [];
  let geometryOffset = 0;
  let parentAt = 0;
  entries.forEach((d, i) => {
    const e = d.entry;
    ids.push(e.id);
    entryNames.push(e.name.replace(/\n/g, ' '));
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
    c.provenance[i] = tableIndex(provenanceTable, provenanceLookup, template);
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
  // Lookups compare UTF-8 bytes: keys (with their postings) and ids are put in byte order.
  const keyOrder = names.keys
    .map((_, i) => i)
    .sort((a, b) => compareUtf8(names.keys[a] as string, names.keys[b] as string));
  const sortedKeys = keyOrder.map((i) => names.keys[i] as string);
  let total = 0;
  for (const p of names.postings) total += p.length;
  const postings = new Int32Array(sortedKeys.length + 1 + total);
  let at = sortedKeys.length + 1;
  keyOrder.forEach((from, i) => {
    postings[i] = at;
    for (const entryIndex of names.postings[from] ?? []) postings[at++] = entryIndex;
  });
  postings[sortedKeys.length] = at;
  const idOrder = Int32Array.from(
    ids.map((_, i) => i).sort((a, b) => compareUtf8(ids[a] as string, ids[b] as string)),
  );
  const idTable = encodeStrings(ids);
  const nameTable = encodeStrings(entryNames);
  const keyTable = encodeStrings(sortedKeys);
  const provenanceTableBytes = encodeStrings(provenanceTable);
  const sections: Sections = {
    ...c,
    postings,
    idOrder,
    idOffsets: idTable.offsets,
    idBytes: idTable.bytes,
    nameOffsets: nameTable.offsets,
    nameBytes: nameTable.bytes,
    keyOffsets: keyTable.offsets,
    keyBytes: keyTable.bytes,
    provenanceOffsets: provenanceTableBytes.offsets,
    provenanceBytes: provenanceTableBytes.bytes,
    geometryBytes: Buffer.concat(geometryParts),
  };
  return layOut(meta, sections);
}

const align8 = (x: number): number => Math.ceil(x / 8) * 8;
const SECTION_NAMES = [...FLOAT64, ...INT32, ...BYTES] as const;

function layOut(meta: StoredMeta, sections: Sections): Uint8Array {
  // The header holds the sections' offsets, which depend on the header's length: lay out with
  // a fixed-width placeholder first, then pad the final header to the same length.
  const place = (headerLength: number): Header['sections'] => {
    const placed: Header['sections'] = {};
    let at = align8(4 + headerLength);
    for (const name of SECTION_NAMES) {
      const array = sections[name];
      placed[name] = [at, array.length];
      at = align8(at + array.byteLength);
    }
    return placed;
  };
  const draft = Buffer.byteLength(JSON.stringify({ meta, sections: place(0) } satisfies Header));
  const headerLength = draft + 64 * SECTION_NAMES.length;
  const placed = place(headerLength);
  const header = Buffer.from(
    JSON.stringify({ meta, sections: placed } satisfies Header).padEnd(headerLength, ' '),
  );
  if (header.length !== headerLength) throw new Error('gazetteer index: header length changed');
  const last = SECTION_NAMES[SECTION_NAMES.length - 1] as ByteSection;
  const size = align8((placed[last]?.[0] ?? 0) + sections[last].byteLength);
  const out = new Uint8Array(new SharedArrayBuffer(size));
  new DataView(out.buffer).setUint32(0, headerLength, true);
  out.set(header, 4);
  for (const name of SECTION_NAMES) {
    const array = sections[name];
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), placed[name]?.[0]);
  }
  return out;
}

/** Views over an index file's bytes; nothing is copied or decoded beyond the header. */
export function openIndex(buffer: SharedArrayBuffer | ArrayBuffer): StoredIndex {
  const headerLength = new DataView(buffer).getUint32(0, true);
  const header = JSON.parse(Buffer.from(buffer, 4, headerLength).toString('utf8')) as Header;
  if (header.meta.format !== FORMAT)
    throw new Error(`gazetteer index: expected format ${FORMAT}, found ${header.meta.format}`);
  const at = (name: string): [number, number] => {
    const placed = header.sections[name];
    if (!placed) throw new Error(`gazetteer index: expected a section ${name}, found none`);
    return placed;
  };
  const f64 = (name: Float64Section): Float64Array => new Float64Array(buffer, ...at(name));
  const i32 = (name: Int32Section): Int32Array => new Int32Array(buffer, ...at(name));
  const u8 = (name: ByteSection): Uint8Array => new Uint8Array(buffer, ...at(name));
  return {
    buffer,
    meta: header.meta,
    points: f64('points'),
    population: f64('population'),
    kinds: i32('kinds'),
    countries: i32('countries'),
    admin1: i32('admin1'),
    parentOffsets: i32('parentOffsets'),
    parents: i32('parents'),
    featureCodes: i32('featureCodes'),
    provenance: i32('provenance'),
    geometry: i32('geometry'),
    postings: i32('postings'),
    idOrder: i32('idOrder'),
    ids: new StringTable(i32('idOffsets'), u8('idBytes')),
    names: new StringTable(i32('nameOffsets'), u8('nameBytes')),
    keys: new StringTable(i32('keyOffsets'), u8('keyBytes')),
    provenanceTemplates: new StringTable(i32('provenanceOffsets'), u8('provenanceBytes')),
    geometryBytes: u8('geometryBytes'),
  };
}

const FILES = { manifest: 'manifest.json', index: 'index.bin' } as const;

export interface Manifest {
  key: string;
  builtAt: string;
  buildMs: number;
  counts: Record<string, number>;
}

export function writeIndex(
  cacheDir: string,
  key: string,
  bytes: Uint8Array,
  manifest: Manifest,
): string {
  mkdirSync(cacheDir, { recursive: true });
  const finalDir = join(cacheDir, key);
  try {
    replaceDirectorySync(finalDir, (tmpDir) => {
      mkdirSync(tmpDir, { recursive: true });
      writeFileSync(join(tmpDir, FILES.index), bytes);
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

/** The index file read straight into shared memory: one allocation, no parsing. */
export function readIndex(cacheDir: string, key: string): SharedArrayBuffer {
  const fd = openSync(join(cacheDir, key, FILES.index), 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = new SharedArrayBuffer(size);
    const bytes = new Uint8Array(buffer);
    for (let at = 0; at < size; ) {
      const read = readSync(fd, bytes, at, size - at, at);
      if (read === 0) throw new Error(`gazetteer index: expected ${size} bytes, found ${at}`);
      at += read;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}
