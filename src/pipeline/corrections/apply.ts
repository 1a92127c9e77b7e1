/**
 * Applying a source's corrections to what the geoparser found in it: anchored words get the
 * place the reader chose (or are no mention at all, or a mention it missed, or a checked one),
 * and every mention says how it came to be (its status). A correction that cannot be anchored,
 * or names a place the gazetteer does not have, is a reported problem and changes nothing.
 */
import type { MentionStatus } from '../../shared/corrections.ts';
import type { PlaceRef } from '../../shared/types.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import { type FoundMention, placeRef } from '../geoparse/types.ts';
import type { Problem } from '../problems.ts';
import { anchorCorrection } from './anchor.ts';
import type { PlacedCorrection } from './parse.ts';

/** A mention with no status is as the geoparser found it (`automatic`). */
export interface CorrectedMention extends FoundMention {
  status?: MentionStatus;
}

export interface CorrectionResult {
  mentions: CorrectedMention[];
  problems: Problem[];
  /** How many corrections were applied (anchored and valid). */
  applied: number;
}

const MAX_ALTERNATIVES = 3;

function warning(c: PlacedCorrection, message: string): Problem {
  return { file: c.file, from: c.at, to: c.at, severity: 'warning', message };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function applyCorrections(
  found: readonly FoundMention[],
  corrections: readonly PlacedCorrection[],
  body: string,
  placeOf: (id: string) => GazetteerEntry | undefined,
): CorrectionResult {
  const problems: Problem[] = [];
  // Most sources have no corrections: their mentions pass through untouched (no copies).
  if (corrections.length === 0)
    return { mentions: found as CorrectedMention[], problems, applied: 0 };
  let mentions: CorrectedMention[] = [...found];
  const taken: { start: number; end: number; c: PlacedCorrection }[] = [];
  let applied = 0;
  for (const placed of corrections) {
    const c = placed.correction;
    const what = `the correction "${c.action}" of "${c.text}"`;
    const anchor = anchorCorrection(body, c);
    if (!anchor.ok) {
      problems.push(
        warning(
          placed,
          `${anchor.reason}; ${what} was not applied (correct the words again, or edit or remove this entry)`,
        ),
      );
      continue;
    }
    const range = { start: anchor.start, end: anchor.end };
    const clash = taken.find((t) => overlaps(t, range));
    if (clash) {
      problems.push(
        warning(
          placed,
          `${what} falls on the same words as the one at line ${clash.c.at.line}; it was not applied`,
        ),
      );
      continue;
    }
    const place = c.place === undefined ? undefined : placeOf(c.place);
    if (c.place !== undefined && !place) {
      problems.push(
        warning(
          placed,
          `expected a place the gazetteer knows, found "${c.place}"; ${what} was not applied`,
        ),
      );
      continue;
    }
    taken.push({ ...range, c: placed });
    applied++;
    const exact = mentions.find((m) => m.start === range.start && m.end === range.end);
    const others = mentions.filter((m) => !overlaps(m, range));
    if (c.action === 'not-a-place') {
      mentions = others;
      continue;
    }
    const chosen = place as GazetteerEntry;
    const status: MentionStatus =
      c.action === 'accept' ? 'reviewed' : c.action === 'add-mention' ? 'added' : 'corrected';
    // What the geoparser had said stays as an alternative, so the choice can be undone.
    const was: PlaceRef[] = [
      ...(exact?.place ? [placeRef(exact.place)] : []),
      ...(exact?.alternatives ?? []),
      ...(exact?.candidates.map(placeRef) ?? []),
    ];
    const alternatives = was
      .filter((r, i) => r.id !== chosen.id && was.findIndex((x) => x.id === r.id) === i)
      .slice(0, MAX_ALTERNATIVES);
    others.push({
      start: range.start,
      end: range.end,
      text: body.slice(range.start, range.end),
      place: chosen,
      candidates: [],
      reason: null,
      // A reader's word is certain; an accepted mention keeps what the geoparser said of it.
      confidence: c.action === 'accept' && exact?.place?.id === chosen.id ? exact.confidence : 1,
      // A reader's word is the text's own evidence; an accepted mention keeps what it rested on.
      basis: c.action === 'accept' && exact?.place?.id === chosen.id ? exact.basis : 'evidence',
      alternatives,
      status,
    });
    others.sort((a, b) => a.start - b.start);
    mentions = others;
  }
  return { mentions, problems, applied };
}
