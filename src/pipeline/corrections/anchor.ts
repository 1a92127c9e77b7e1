/**
 * Finding the words a correction is about in the source's text as it is now. The offsets and
 * the words first; when the text has changed around them, the words again, where their context
 * fingerprint (the text just before and after) matches best. A correction whose words are gone,
 * or match equally well in several places, is not anchored: the caller reports it, and it is
 * never applied to other words.
 */
import type { Correction } from '../../shared/corrections.ts';

export type Anchor =
  | { ok: true; start: number; end: number; moved: boolean }
  | { ok: false; reason: string };

/** Characters of context that must still match for words to be re-anchored elsewhere. */
export const MIN_CONTEXT = 12;

/** At most this many occurrences of the words are weighed (a name repeated 10,000 times). */
const MAX_OCCURRENCES = 100_000;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (
    n < a.length &&
    n < b.length &&
    a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)
  )
    n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How much of the fingerprint matches around body[start, start + text.length). */
function contextScore(body: string, c: Correction, start: number): number {
  const end = start + c.text.length;
  const before = body.slice(Math.max(0, start - c.before.length), start);
  const after = body.slice(end, end + c.after.length);
  return commonSuffix(before, c.before) + commonPrefix(after, c.after);
}

export function anchorCorrection(body: string, c: Correction): Anchor {
  const full = c.before.length + c.after.length;
  const atOffsets = body.slice(c.start, c.end) === c.text;
  // Exact offsets, words and context: the text has not changed here.
  if (atOffsets && contextScore(body, c, c.start) === full)
    return { ok: true, start: c.start, end: c.end, moved: false };
  let best = -1;
  let bestAt: number[] = [];
  let count = 0;
  for (
    let i = body.indexOf(c.text);
    i !== -1 && count < MAX_OCCURRENCES;
    i = body.indexOf(c.text, i + 1)
  ) {
    count++;
    const score = contextScore(body, c, i);
    if (score > best) {
      best = score;
      bestAt = [i];
    } else if (score === best) bestAt.push(i);
  }
  if (count === 0)
    return { ok: false, reason: `the words "${c.text}" are no longer in the source` };
  // Where the words sit at their old offsets and nothing matches better, they are still there.
  if (atOffsets && contextScore(body, c, c.start) === best && best >= Math.min(MIN_CONTEXT, full))
    return { ok: true, start: c.start, end: c.end, moved: false };
  if (best < Math.min(MIN_CONTEXT, full))
    return {
      ok: false,
      reason: `the words "${c.text}" are in the source, but not in the context they were corrected in (before "${c.before}", after "${c.after}")`,
    };
  if (bestAt.length > 1)
    return {
      ok: false,
      reason: `the words "${c.text}" match their context equally well in ${bestAt.length} places`,
    };
  const start = bestAt[0]!;
  return { ok: true, start, end: start + c.text.length, moved: start !== c.start };
}
