/**
 * Demonyms and adjectives ("Afghan", "Pakistani", "Saudi" alone, "Uzbeks") and names of
 * peoples, faiths and languages ("Arab", "Sunni", "Pashtun", "Koran") name people or
 * qualities, not places. Multi-word names such as "Saudi Arabia" are whole spans and pass.
 */
import { GROUP_WORDS } from '../lexicon/words.ts';
import { matchesOwnName } from '../prominence.ts';
import type { SpanFilter } from './types.ts';

/** Is this word (lower case, and its lookup key) a demonym or a people's, faith's or language's name? */
export function demonymKind(
  lower: string,
  key: string,
  demonyms: ReadonlyMap<string, readonly string[]>,
): 'demonym' | 'people, faith or language' | null {
  if (GROUP_WORDS.has(lower)) return 'people, faith or language';
  if (demonyms.has(key)) return 'demonym';
  if (key.endsWith('s') && demonyms.has(key.slice(0, -1))) return 'demonym';
  return null;
}

export const demonymFilter: SpanFilter = (span, ctx) => {
  if (span.ti !== span.tj || span.source === 'phrase') return null;
  const key = span.key;
  const lower = ctx.tokens[span.ti]!.lower;
  if (GROUP_WORDS.has(lower)) return { reject: 'people, faith or language' };
  const kind = demonymKind(lower, key, ctx.gazetteer.demonyms);
  if (kind === null) return null;
  // A country whose demonym is its own name ("Djibouti") is named as the country.
  for (const e of span.entries) {
    if (e.kind === 'country' && matchesOwnName(e, key, ctx.normalize)) return null;
  }
  return { reject: kind };
};
