/**
 * US state abbreviations after a town, as in AP datelines and copy: "OLYMPIA, Wash. —",
 * "Paris, Tex.", "Albany, N.Y.". Read only in that position (a capitalised name, a comma, the
 * abbreviation with its full stop): alone, "Wash.", "Miss." or "Pa." are words or titles.
 */
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Normalize, Span } from './span.ts';
import type { Token } from './tokenize.ts';

/** AP style abbreviations (lower case, without the final full stop) → state name. */
const AP_STATES: ReadonlyMap<string, string> = new Map([
  ['ala', 'Alabama'],
  ['ariz', 'Arizona'],
  ['ark', 'Arkansas'],
  ['calif', 'California'],
  ['colo', 'Colorado'],
  ['conn', 'Connecticut'],
  ['del', 'Delaware'],
  ['fla', 'Florida'],
  ['ga', 'Georgia'],
  ['ill', 'Illinois'],
  ['ind', 'Indiana'],
  ['kan', 'Kansas'],
  ['kans', 'Kansas'],
  ['ky', 'Kentucky'],
  ['la', 'Louisiana'],
  ['md', 'Maryland'],
  ['mass', 'Massachusetts'],
  ['mich', 'Michigan'],
  ['minn', 'Minnesota'],
  ['miss', 'Mississippi'],
  ['mo', 'Missouri'],
  ['mont', 'Montana'],
  ['neb', 'Nebraska'],
  ['nebr', 'Nebraska'],
  ['nev', 'Nevada'],
  ['okla', 'Oklahoma'],
  ['ore', 'Oregon'],
  ['pa', 'Pennsylvania'],
  ['tenn', 'Tennessee'],
  ['tex', 'Texas'],
  ['vt', 'Vermont'],
  ['va', 'Virginia'],
  ['wash', 'Washington'],
  ['wis', 'Wisconsin'],
  ['wyo', 'Wyoming'],
  ['n.h.', 'New Hampshire'],
  ['n.j.', 'New Jersey'],
  ['n.m.', 'New Mexico'],
  ['n.y.', 'New York'],
  ['n.c.', 'North Carolina'],
  ['n.d.', 'North Dakota'],
  ['s.c.', 'South Carolina'],
  ['s.d.', 'South Dakota'],
  ['r.i.', 'Rhode Island'],
  ['d.c.', 'District of Columbia'],
]);

export function findStateAbbreviations(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  normalize: Normalize,
): Span[] {
  const out: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.num || (t.upper && !t.dotted)) continue;
    const state = AP_STATES.get(t.lower);
    if (state === undefined) continue;
    // "Wash." (the full stop follows) or "N.Y." (the token has it).
    const end = t.dotted ? t.end : text[t.end] === '.' ? t.end + 1 : -1;
    if (end < 0) continue;
    const prev = tokens[k - 1]!;
    if (!prev.cap || prev.num || t.gap !== 'comma') continue;
    const key = normalize(state);
    const entries = gazetteer.lookup(key).filter((e) => e.kind === 'admin1' && e.country === 'US');
    if (entries.length === 0) continue;
    out.push({
      ti: k,
      tj: k,
      start: t.start,
      end,
      text: text.slice(t.start, end),
      key,
      entries,
      source: 'phrase',
    });
  }
  return out;
}
