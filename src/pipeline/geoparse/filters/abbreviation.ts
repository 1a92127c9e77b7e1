/**
 * All-caps words outside datelines are acronyms ("AQIS", "MAK", "ISIS"); GeoNames indexes
 * airport codes (KDH, MZR) as alternate names, so a short or acronym-like match keeps only
 * country-level readings ("US", "UK", "UAE", "U.S.").
 */
import { isCountryLevel } from './strong.ts';
import type { SpanFilter } from './types.ts';

export const abbreviationFilter: SpanFilter = (span, ctx) => {
  if (span.source !== 'name') return null;
  // (Datelines are recognised as such in candidates.ts and skip this filter.)
  const tokens = ctx.tokens.slice(span.ti, span.tj + 1);
  // Mixed-case acronyms of group names ("HuJI", "LeT", "HuM") end in a capital.
  const mixed = (t: (typeof tokens)[number]): boolean =>
    /\p{Ll}/u.test(t.text) && /\p{Lu}$/u.test(t.text);
  const acronym = tokens.every((t) => t.upper || t.dotted || mixed(t));
  if (!acronym) return null;
  // A dateline or an all-caps headline spells names in capitals: "KABUL --".
  if (ctx.layout.titleLine[span.ti] === true && tokens.some((t) => t.text.length > 3)) return null;
  const kept = span.entries.filter(isCountryLevel);
  if (kept.length === 0) return { reject: 'acronym' };
  return kept.length === span.entries.length ? null : { entries: kept };
};
