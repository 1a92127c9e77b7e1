/**
 * The years a sentence refers to, for the map's time filter. Rules and decisions: rules.ts.
 */
import type { PartialDate } from '../../shared/types.ts';
import { YEAR_RULES, type YearContext, type YearRule } from './rules.ts';

export function yearContext(published: PartialDate | null): YearContext {
  const month =
    published && published.precision !== 'year' ? Number(published.iso.slice(5, 7)) : null;
  return { published, publishedMonth: month };
}

/** Characters already matched by an earlier rule; a mask keeps the check linear overall. */
function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

/** Years referred to by `sentence`, ascending and unique. */
export function yearsIn(
  sentence: string,
  published: PartialDate | null,
  rules: readonly YearRule[] = YEAR_RULES,
): number[] {
  // Cheap exit for the common sentence with no digits and no time words.
  if (!/\d|year|decade|month|week|today|yesterday|[A-Z][a-z]{2}/.test(sentence)) return [];
  const ctx = yearContext(published);
  const taken = new Uint8Array(sentence.length);
  const years = new Set<number>();
  for (const rule of rules) {
    if (!rule.trigger.test(sentence)) continue;
    rule.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(taken, start, end)) continue;
      const found = rule.resolve(m as RegExpExecArray, sentence, ctx);
      if (found === null) continue;
      taken.fill(1, start, end);
      for (const y of found) years.add(y);
    }
  }
  return [...years].sort((a, b) => a - b);
}
