/**
 * What an output issue is about, in words a user can act on: "'Kabul' at
 * data/sources/x.txt:12" for a mention, "Kabul (geonames:1138958), named in
 * data/sources/x.txt" for a place — a JSON path alone points into a file nobody edits.
 */
import type { Dataset } from '../dataset.ts';

export function mentionSubject(
  dataset: Dataset,
): (m: { sourceId: string; text: string; line: number }) => string {
  const files = dataset.sourceFiles;
  return (m) => `'${m.text}' at ${files.get(m.sourceId) ?? m.sourceId}:${m.line}`;
}

export function placeSubject(dataset: Dataset): (place: { id: string; name: string }) => string {
  const files = dataset.sourceFiles;
  const firstSource = new Map<string, string>();
  for (const f of dataset.mentions.features) {
    const { placeId, sourceId } = f.properties;
    if (!firstSource.has(placeId)) firstSource.set(placeId, files.get(sourceId) ?? sourceId);
  }
  return ({ id, name }) => {
    const file = firstSource.get(id);
    return file ? `${name} (${id}), named in ${file}` : `${name} (${id})`;
  };
}
