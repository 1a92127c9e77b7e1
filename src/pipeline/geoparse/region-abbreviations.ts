/**
 * Abbreviated provinces and states, as news copy writes them after a town: AP style for US
 * states ("OLYMPIA, Wash. —", "Paris, Tex.", "Albany, N.Y."), Canadian Press style for
 * provinces ("Surrey, B.C.", "Gatineau, Que.", "Wainwright, Alta."), Australian style for
 * states ("Ballarat, Vic.", and "NSW", "Qld" anywhere), and postal codes after
 * an all-caps dateline ("LOUISVILLE, KY --"). Read only in that position (a capitalised
 * name, a comma, the abbreviation with its full stop; the stop may be missing after a
 * dateline: "EDMONTON, Ky (WBKO)"): alone, "Wash.", "Miss.", "Man." or "Pa." are words or
 * titles. A few dotted abbreviations are a province wherever they stand ("In B.C., snow …"),
 * except after a number ("500 B.C.").
 */
import type { Gazetteer } from '../gazetteer/types.ts';
import type { NameSpan, Normalize } from './span.ts';
import type { Token } from './tokenize.ts';

type Region = readonly [name: string, country: string];

/** Abbreviations (lower case, without a final full stop unless dotted inside) → region. */
const ABBREVIATIONS: ReadonlyMap<string, Region> = new Map<string, Region>([
  ['ala', ['Alabama', 'US']],
  ['ariz', ['Arizona', 'US']],
  ['ark', ['Arkansas', 'US']],
  ['calif', ['California', 'US']],
  ['colo', ['Colorado', 'US']],
  ['conn', ['Connecticut', 'US']],
  ['del', ['Delaware', 'US']],
  ['fla', ['Florida', 'US']],
  ['ga', ['Georgia', 'US']],
  ['ill', ['Illinois', 'US']],
  ['ind', ['Indiana', 'US']],
  ['kan', ['Kansas', 'US']],
  ['kans', ['Kansas', 'US']],
  ['ky', ['Kentucky', 'US']],
  ['la', ['Louisiana', 'US']],
  ['md', ['Maryland', 'US']],
  ['mass', ['Massachusetts', 'US']],
  ['mich', ['Michigan', 'US']],
  ['minn', ['Minnesota', 'US']],
  ['miss', ['Mississippi', 'US']],
  ['mo', ['Missouri', 'US']],
  ['mont', ['Montana', 'US']],
  ['neb', ['Nebraska', 'US']],
  ['nebr', ['Nebraska', 'US']],
  ['nev', ['Nevada', 'US']],
  ['okla', ['Oklahoma', 'US']],
  ['ore', ['Oregon', 'US']],
  ['pa', ['Pennsylvania', 'US']],
  ['tenn', ['Tennessee', 'US']],
  ['tex', ['Texas', 'US']],
  ['vt', ['Vermont', 'US']],
  ['va', ['Virginia', 'US']],
  ['wash', ['Washington', 'US']],
  ['wis', ['Wisconsin', 'US']],
  ['wyo', ['Wyoming', 'US']],
  ['n.h.', ['New Hampshire', 'US']],
  ['n.j.', ['New Jersey', 'US']],
  ['n.m.', ['New Mexico', 'US']],
  ['n.y.', ['New York', 'US']],
  ['n.c.', ['North Carolina', 'US']],
  ['n.d.', ['North Dakota', 'US']],
  ['s.c.', ['South Carolina', 'US']],
  ['s.d.', ['South Dakota', 'US']],
  ['r.i.', ['Rhode Island', 'US']],
  ['d.c.', ['District of Columbia', 'US']],
  ['b.c.', ['British Columbia', 'CA']],
  ['alta', ['Alberta', 'CA']],
  ['sask', ['Saskatchewan', 'CA']],
  ['man', ['Manitoba', 'CA']],
  ['ont', ['Ontario', 'CA']],
  ['que', ['Quebec', 'CA']],
  ['n.b.', ['New Brunswick', 'CA']],
  ['n.s.', ['Nova Scotia', 'CA']],
  ['p.e.i.', ['Prince Edward Island', 'CA']],
  ['nfld', ['Newfoundland and Labrador', 'CA']],
  ['n.l.', ['Newfoundland and Labrador', 'CA']],
  ['n.w.t.', ['Northwest Territories', 'CA']],
  ['nsw', ['New South Wales', 'AU']],
  ['n.s.w.', ['New South Wales', 'AU']],
  ['qld', ['Queensland', 'AU']],
  ['vic', ['Victoria', 'AU']],
  ['tas', ['Tasmania', 'AU']],
]);

/** Abbreviations that name the province or state on their own ("In B.C.", "horses in NSW"). */
const STANDALONE: ReadonlySet<string> = new Set([
  'b.c.',
  'p.e.i.',
  'n.w.t.',
  'n.s.w.',
  'nsw',
  'qld',
]);

/** US postal codes and Canadian province codes, read only after an all-caps dateline. */
const POSTAL: ReadonlyMap<string, Region> = new Map<string, Region>([
  ['al', ['Alabama', 'US']],
  ['ak', ['Alaska', 'US']],
  ['az', ['Arizona', 'US']],
  ['ar', ['Arkansas', 'US']],
  ['ca', ['California', 'US']],
  ['co', ['Colorado', 'US']],
  ['ct', ['Connecticut', 'US']],
  ['de', ['Delaware', 'US']],
  ['fl', ['Florida', 'US']],
  ['ga', ['Georgia', 'US']],
  ['hi', ['Hawaii', 'US']],
  ['id', ['Idaho', 'US']],
  ['il', ['Illinois', 'US']],
  ['in', ['Indiana', 'US']],
  ['ia', ['Iowa', 'US']],
  ['ks', ['Kansas', 'US']],
  ['ky', ['Kentucky', 'US']],
  ['la', ['Louisiana', 'US']],
  ['me', ['Maine', 'US']],
  ['md', ['Maryland', 'US']],
  ['ma', ['Massachusetts', 'US']],
  ['mi', ['Michigan', 'US']],
  ['mn', ['Minnesota', 'US']],
  ['ms', ['Mississippi', 'US']],
  ['mo', ['Missouri', 'US']],
  ['mt', ['Montana', 'US']],
  ['ne', ['Nebraska', 'US']],
  ['nv', ['Nevada', 'US']],
  ['nh', ['New Hampshire', 'US']],
  ['nj', ['New Jersey', 'US']],
  ['nm', ['New Mexico', 'US']],
  ['ny', ['New York', 'US']],
  ['nc', ['North Carolina', 'US']],
  ['nd', ['North Dakota', 'US']],
  ['oh', ['Ohio', 'US']],
  ['ok', ['Oklahoma', 'US']],
  ['or', ['Oregon', 'US']],
  ['pa', ['Pennsylvania', 'US']],
  ['ri', ['Rhode Island', 'US']],
  ['sc', ['South Carolina', 'US']],
  ['sd', ['South Dakota', 'US']],
  ['tn', ['Tennessee', 'US']],
  ['tx', ['Texas', 'US']],
  ['ut', ['Utah', 'US']],
  ['vt', ['Vermont', 'US']],
  ['va', ['Virginia', 'US']],
  ['wa', ['Washington', 'US']],
  ['wv', ['West Virginia', 'US']],
  ['wi', ['Wisconsin', 'US']],
  ['wy', ['Wyoming', 'US']],
  ['ab', ['Alberta', 'CA']],
  ['bc', ['British Columbia', 'CA']],
  ['mb', ['Manitoba', 'CA']],
  ['nb', ['New Brunswick', 'CA']],
  ['nl', ['Newfoundland and Labrador', 'CA']],
  ['ns', ['Nova Scotia', 'CA']],
  ['on', ['Ontario', 'CA']],
  ['pe', ['Prince Edward Island', 'CA']],
  ['qc', ['Quebec', 'CA']],
  ['sk', ['Saskatchewan', 'CA']],
]);

function regionEntries(gazetteer: Gazetteer, normalize: Normalize, [name, country]: Region) {
  const key = normalize(name);
  return {
    key,
    entries: gazetteer.lookup(key).filter((e) => e.kind === 'admin1' && e.country === country),
  };
}

/** The abbreviation at token k, if its position makes it a region; with the end of its span. */
function regionAt(
  text: string,
  tokens: readonly Token[],
  k: number,
): { region: Region; end: number } | null {
  const t = tokens[k]!;
  if (!t.cap || t.num) return null;
  const prev = tokens[k - 1];
  const afterName = prev?.cap === true && !prev.num && t.gap === 'comma';
  const afterDateline = afterName && prev.upper && !prev.dotted;
  // Anywhere but after a number ("500 B.C.").
  if (STANDALONE.has(t.lower) && !(prev?.num ?? false)) {
    return { region: ABBREVIATIONS.get(t.lower)!, end: t.end };
  }
  if (t.upper && !t.dotted) {
    const postal = afterDateline && t.text.length === 2 ? POSTAL.get(t.lower) : undefined;
    return postal === undefined ? null : { region: postal, end: t.end };
  }
  const region = ABBREVIATIONS.get(t.lower);
  if (region === undefined) return null;
  if (!afterName) return null;
  // "Wash." (the full stop follows) or "N.Y." (the token has it); after a dateline the full
  // stop may be missing ("EDMONTON, Ky (WBKO)").
  if (t.dotted) return { region, end: t.end };
  if (text[t.end] === '.') return { region, end: t.end + 1 };
  return afterDateline && !/^\p{L}/u.test(text[t.end] ?? '') ? { region, end: t.end } : null;
}

export function findRegionAbbreviations(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  normalize: Normalize,
): NameSpan[] {
  const out: NameSpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const found = regionAt(text, tokens, k);
    if (found === null) continue;
    const { key, entries } = regionEntries(gazetteer, normalize, found.region);
    if (entries.length === 0) continue;
    const t = tokens[k]!;
    out.push({
      ti: k,
      tj: k,
      start: t.start,
      end: found.end,
      text: text.slice(t.start, found.end),
      key,
      entries,
      source: 'phrase',
    });
  }
  return out;
}
