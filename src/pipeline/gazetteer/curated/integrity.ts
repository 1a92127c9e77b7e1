/**
 * Checks that need the generated entries: aliases must name an existing id, and a curated id
 * must not clash with a generated one. Problems point at the curated record.
 */
import type { Problem } from '../../problems.ts';
import type { DraftEntry } from '../model.ts';
import { type CuratedFile, problemAt, recordNodes } from './document.ts';
import { type JsonNode, member } from './json.ts';
import type { CuratedData } from './load.ts';

function recordSpan(
  curated: CuratedData,
  list: string,
  id: string,
): { file: CuratedFile; node: JsonNode } | null {
  for (const file of curated.files) {
    for (const r of recordNodes(file)) {
      if (r.list !== list) continue;
      const idNode = member(r.node, 'id')?.value;
      if (idNode?.type === 'string' && idNode.value === id) return { file, node: idNode };
    }
  }
  return null;
}

/** Adds curated extra names to generated entries (e.g. "Durand Line" for border:AF-PK). */
export function applyAliases(drafts: readonly DraftEntry[], curated: CuratedData): Problem[] {
  const byId = new Map(drafts.map((d) => [d.entry.id, d]));
  const problems: Problem[] = [];
  for (const [id, names] of curated.aliases) {
    const d = byId.get(id);
    if (d) {
      d.names.push(...names.filter((n) => !d.names.includes(n)));
      continue;
    }
    const at = recordSpan(curated, 'aliases', id);
    if (at)
      problems.push(
        problemAt(at.file, at.node, `expected the id of an existing entry, found "${id}"`),
      );
  }
  return problems;
}

/**
 * Ids are unique. A curated clash is the curated file's problem; a clash between generated
 * entries is a bug in the builder, and stops it rather than write a broken index.
 */
export function duplicateIds(drafts: readonly DraftEntry[], curated: CuratedData): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const d of drafts) {
    const id = d.entry.id;
    if (seen.has(id)) {
      const at = recordSpan(curated, 'entries', id);
      if (!at) throw new Error(`gazetteer builder: two generated entries share the id ${id}`);
      problems.push(
        problemAt(at.file, at.node, `expected an id not used by a generated entry, found "${id}"`),
      );
    }
    seen.add(id);
  }
  return problems;
}

/**
 * An area must resolve to a polygon: every Natural Earth admin-1 code must exist, and a region
 * needs at least one member with a polygon (else it would have no point either).
 */
export function areaProblems(
  curated: CuratedData,
  admin1Codes: ReadonlySet<string>,
  countriesWithPolygon: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const e of curated.entries) {
    if (!e.area) continue;
    const at = recordSpan(curated, 'entries', e.id);
    if (!at) continue;
    const record = recordNodes(at.file).find((r) => member(r.node, 'id')?.value === at.node)?.node;
    const area = member(record, 'area')?.value;
    const codes = member(area, 'naturalEarthAdmin1')?.value;
    if (codes?.type === 'array')
      for (const code of codes.items)
        if (code.type === 'string' && !admin1Codes.has(code.value))
          problems.push(
            problemAt(
              at.file,
              code,
              `expected a gn_a1_code of Natural Earth admin-1, found "${code.value}"`,
            ),
          );
    const members = e.area.countries ?? [];
    if (members.length > 0 && !members.some((c) => countriesWithPolygon.has(c)))
      problems.push(
        problemAt(
          at.file,
          area ?? at.node,
          'expected at least one member country with a polygon, found none',
        ),
      );
  }
  return problems;
}
