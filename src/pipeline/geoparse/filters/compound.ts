/**
 * Hyphenated compounds joined by izafat-style connectors ("Lashkar-e-Taiba",
 * "Harkat-ul-Mujahideen", "Tehrik-i-Taliban") are names of groups unless the whole compound
 * is a known place ("Mazar-e-Sharif", found as one span): a part of one is not a place.
 */
import { isMinorSpan } from './strong.ts';
import type { SpanFilter } from './types.ts';

const IZAFAT = new Set(['e', 'i', 'ul', 'ud', 'ur', 'us', 'ut', 'o', 'al', 'el', 'wal']);

export const compoundFilter: SpanFilter = (span, ctx) => {
  const { tokens } = ctx;
  // Walk the hyphen chain around the span.
  let s = span.ti;
  while (s > 0 && tokens[s]!.gap === 'hyphen' && span.ti - s < 8) s--;
  let e = span.tj;
  while (e + 1 < tokens.length && tokens[e + 1]!.gap === 'hyphen' && e - span.tj < 8) e++;
  if (s === span.ti && e === span.tj) return null;
  for (let k = s; k <= e; k++) {
    if (k >= span.ti && k <= span.tj) continue;
    const t = tokens[k]!;
    if (!t.cap && IZAFAT.has(t.lower)) return { reject: 'part of a hyphenated group name' };
  }
  // "Mercedes-Benz", "Rolls-Royce": two capitalised words joined by a hyphen where this one
  // is a minor place and the other no prominent place either: a brand or a double surname.
  // ("Afghanistan-Pakistan", "Kabul-Kandahar" pair prominent places and pass.)
  if (isMinorSpan(span.entries, span.key, ctx.normalize)) {
    for (const k of [s, e]) {
      if (k >= span.ti && k <= span.tj) continue;
      const t = tokens[k]!;
      if (!t.cap) continue;
      const other = ctx.spanAt(k);
      if (other === undefined || isMinorSpan(other.entries, other.key, ctx.normalize)) {
        return { reject: 'part of a hyphenated name' };
      }
    }
  }
  return null;
};
