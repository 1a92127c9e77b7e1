/**
 * All-caps words outside datelines are acronyms ("AQIS", "MAK", "ISIS"); GeoNames indexes
 * airport codes (KDH, MZR) as alternate names, so a short or acronym-like match keeps only
 * country-level readings ("US", "UK", "UAE", "U.S.").
 */
import { isCountryLevel } from './strong.ts';
import type { SpanFilter } from './types.ts';

/**
 * Mixed-case acronyms of group names ("HuJI", "LeT", "HuM") end in a capital. (A word ending
 * in an ASCII character other than a capital is none, without the patterns: most words.)
 */
function mixed(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last < 128 && !(last >= 65 && last <= 90)) return false;
  return /\p{Ll}/u.test(word) && /\p{Lu}$/u.test(word);
}

export const abbreviationFilter: SpanFilter = (span, ctx) => {
  if (span.source !== 'name') return null;
  // (Datelines are recognised as such in candidates.ts and skip this filter.)
  for (let k = span.ti; k <= span.tj; k++) {
    const t = ctx.tokens[k]!;
    if (!t.upper && !t.dotted && !mixed(t.text)) return null;
  }
  // A dateline or an all-caps headline spells names in capitals: "KABUL --".
  if (ctx.layout.titleLine[span.ti] === true) {
    for (let k = span.ti; k <= span.tj; k++) if (ctx.tokens[k]!.text.length > 3) return null;
  }
  const kept = span.entries.filter(isCountryLevel);
  if (kept.length === 0) return { reject: 'acronym' };
  return kept.length === span.entries.length ? null : { entries: kept };
};
