/**
 * Curated files as positioned documents, and helpers for rules to walk them and to report a
 * problem at the exact span of a value.
 */

import type { Area } from '../../../shared/geometry/polygons.ts';
import { type Problem, positionAt, type Severity } from '../../problems.ts';
import { type JsonNode, member } from './json.ts';

export interface CuratedFile {
  /** Path as shown in problems (relative to the repository root when inside it). */
  file: string;
  text: string;
  /** null when the file is not valid JSON (a syntax problem is reported instead). */
  root: JsonNode | null;
}

/** What the rules may consult besides the files. */
export interface RuleContext {
  files: readonly CuratedFile[];
  /** ISO 3166-1 alpha-2 codes known to i18n-iso-countries (plus XK). */
  countryCodes: ReadonlySet<string>;
  /** A country's polygon (Natural Earth 50m), or null when it has none at that scale. */
  countryArea(code: string): Area | null;
}

export interface Rule {
  /** Short name used in tests and docs. */
  name: string;
  check(ctx: RuleContext): Problem[];
}

export { PLACE_KINDS } from '../../../shared/types.ts';

export function problemAt(
  file: CuratedFile,
  span: { start: number; end: number },
  message: string,
  severity: Severity = 'error',
): Problem {
  return {
    file: file.file,
    from: positionAt(file.text, span.start),
    to: positionAt(file.text, span.end),
    severity,
    message,
  };
}

/** The objects of a file's top-level "entries" array (places, regions, water). */
export function entryNodes(file: CuratedFile): JsonNode[] {
  const list = member(file.root ?? undefined, 'entries')?.value;
  return list?.type === 'array' ? list.items.filter((n) => n.type === 'object') : [];
}

/** Objects that carry a [lon, lat] "point" checked against its "country": entries and country points. */
export function pointNodes(file: CuratedFile): JsonNode[] {
  const list = member(file.root ?? undefined, 'countryPoints')?.value;
  const points = list?.type === 'array' ? list.items.filter((n) => n.type === 'object') : [];
  return [...entryNodes(file), ...points];
}

/** Objects of any top-level array: "entries", "fixes", "aliases", "demonyms". */
export function recordNodes(file: CuratedFile): { list: string; node: JsonNode }[] {
  const root = file.root;
  if (root?.type !== 'object') return [];
  return root.entries.flatMap((e) =>
    e.value.type === 'array'
      ? e.value.items.filter((n) => n.type === 'object').map((node) => ({ list: e.key, node }))
      : [],
  );
}

export function stringAt(node: JsonNode, key: string): { value: string; node: JsonNode } | null {
  const v = member(node, key)?.value;
  return v?.type === 'string' ? { value: v.value, node: v } : null;
}

/** A [lon, lat] pair of numbers, with the nodes of each. */
export function pointAt(
  node: JsonNode,
  key = 'point',
): { lon: number; lat: number; node: JsonNode; lonNode: JsonNode; latNode: JsonNode } | null {
  const v = member(node, key)?.value;
  if (v?.type !== 'array' || v.items.length !== 2) return null;
  const [lonNode, latNode] = v.items as [JsonNode, JsonNode];
  if (lonNode.type !== 'number' || latNode.type !== 'number') return null;
  return { lon: lonNode.value, lat: latNode.value, node: v, lonNode, latNode };
}
