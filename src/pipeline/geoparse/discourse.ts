/**
 * One sense per discourse.
 * - A name rejected as a person somewhere in the text ("Riccardo Valle") is a person
 *   everywhere in it ("Valle, a collaborator at ..."), unless the text also puts it at a
 *   location ("in Tiraspol"), or it is a country-level name the text never uses as a given
 *   name with a surname ("Georgia Stevens … Georgia began skating").
 * - A name resolved several times without local cues takes the reading the text supports
 *   best (the most frequent, then the highest scored), so "Kandahar" does not switch between
 *   homonyms from one paragraph to the next.
 */
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Cues } from './cues.ts';
import { anyCountryLevel, anyStrong } from './filters/strong.ts';
import { type Resolution, withPlace } from './resolve.ts';
import type { NameSpan } from './span.ts';

/**
 * `located(span)` says whether the text puts that occurrence at a location ("in Bergen"):
 * a prominent place so placed is kept even if the name was a person's elsewhere. And a name
 * the text itself puts at a location somewhere ("authorities in Tiraspol") is a place in this
 * text: its person-like use elsewhere ("the club Sheriff Tiraspol") does not carry over.
 */
export function dropKnownPersons(
  spans: readonly NameSpan[],
  personKeys: ReadonlySet<string>,
  located: (span: NameSpan) => boolean,
  givenNameCountryKeys: ReadonlySet<string> = new Set(),
): NameSpan[] {
  if (personKeys.size === 0) return [...spans];
  const placedKeys = new Set(
    spans
      .filter((s) => personKeys.has(s.key) && s.source === 'name' && located(s))
      .map((s) => s.key),
  );
  return spans.filter((s) => {
    if (!personKeys.has(s.key) || s.source !== 'name') return true;
    if (anyCountryLevel(s.entries) && !givenNameCountryKeys.has(s.key)) return true;
    if (placedKeys.has(s.key)) return true;
    return anyStrong(s.entries) && located(s);
  });
}

/**
 * `headline(i)`: span i is in the headline, which is written after the story and may use
 * the bare name the dateline then qualifies ("Portland votes … / PORTLAND, Maine —").
 */
export function harmonise(
  spans: readonly NameSpan[],
  cues: readonly Cues[],
  res: Resolution[],
  headline: (i: number) => boolean = () => false,
): void {
  // A reading fixed by a container ("Paris, Texas") or a place beside it ("Edmonton, south of
  // Cairns") is the sense of the bare name later on.
  const anchored = new Map<string, { place: GazetteerEntry; at: number }>();
  spans.forEach((s, i) => {
    const r = res[i]!;
    const placed = cues[i]!.container >= 0 || cues[i]!.near >= 0;
    if (r.place !== null && placed && !anchored.has(s.key)) {
      anchored.set(s.key, { place: r.place, at: i });
    }
  });
  const groups = new Map<string, number[]>();
  spans.forEach((s, i) => {
    const r = res[i]!;
    if (r.place === null || r.drop) return;
    const c = cues[i]!;
    if (c.designation !== null || c.container >= 0 || c.near >= 0) return;
    const fixed = anchored.get(s.key);
    // Only forward: "Paris, Texas ... Paris" but not "Kandahar ... Kandahar, India".
    if (
      fixed !== undefined &&
      (fixed.at < i || headline(i)) &&
      fixed.place.id !== r.place.id &&
      r.ranked.some((e) => e.id === fixed.place.id)
    ) {
      res[i] = withPlace(r, fixed.place);
      return;
    }
    const g = groups.get(s.key);
    if (g === undefined) groups.set(s.key, [i]);
    else g.push(i);
  });
  for (const idx of groups.values()) {
    if (idx.length < 2) continue;
    const votes = new Map<string, { n: number; score: number; entry: GazetteerEntry }>();
    for (const i of idx) {
      const r = res[i]!;
      const p = r.place!;
      const v = votes.get(p.id);
      if (v === undefined) votes.set(p.id, { n: 1, score: r.score, entry: p });
      else {
        v.n++;
        v.score = Math.max(v.score, r.score);
      }
    }
    if (votes.size < 2) continue;
    let best: { n: number; score: number; entry: GazetteerEntry } | null = null;
    for (const v of votes.values()) {
      if (best === null || v.n > best.n || (v.n === best.n && v.score > best.score)) best = v;
    }
    for (const i of idx) {
      const r = res[i]!;
      // Only where the winning reading was a candidate of this mention too.
      if (r.ranked.some((e) => e.id === best!.entry.id)) res[i] = withPlace(r, best!.entry);
    }
  }
}
