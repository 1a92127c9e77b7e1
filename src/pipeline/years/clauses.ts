/**
 * Clause boundaries inside one sentence, so that a year binds to the clause that names it and
 * not to the whole sentence: in "he moved the headquarters to Kandahar after it conquered
 * Afghanistan in 2001", 2001 dates the conquest, not the move. No parser: a left-to-right scan
 * over a few marks, linear in the sentence.
 *
 * Rules (the only place they are decided):
 * - A semicolon (followed by a blank) ends everything: the two sides are read as two sentences
 *   ("parts").
 * - A dash with blanks on both sides ("—", "–", " - ", " -- ") opens an aside, the next such
 *   dash (or the end of the part) closes it: "– born out of the victory over the Soviet Union
 *   in 1989 –". A dash inside a compound ("Afghanistan–Pakistan", "1996–2001") is no mark.
 * - A subordinating conjunction (after, before, since, until, till, when, whenever, while,
 *   whilst, whereas, although, though, because, unless, if) or a relative pronoun (which, who,
 *   whom, whose, where) opens a subordinate clause. It runs to the next comma or colon, the
 *   next such word, a dash or the end of the part. "that" is left out: it is as often a
 *   complementiser ("said that …") as a relative pronoun, and a complement clause is part of
 *   its main clause's time.
 * - "after/before/since/until/till" followed by a time expression ("after 2001", "since the
 *   1990s", "before July", "until then") are prepositions, not clause marks: the year belongs
 *   to the clause around it; "because of" is a preposition too.
 * - Everything else belongs to the main clause of its part; a comma there starts nothing.
 * Asides count as subordinate clauses.
 *
 * Known limits: a comma inside a subordinate clause ("when its repressive, tyrannical regime
 * was overthrown in 2001") ends it early, so the rest reads as main clause; a relative clause
 * with "that" is not recognised.
 */
import { MONTH_RE } from './words.ts';

export type ClauseKind = 'main' | 'subordinate';

export interface Clause {
  /** Offsets into the sentence, end exclusive. */
  start: number;
  end: number;
  kind: ClauseKind;
  /** Index of the semicolon-separated part of the sentence the clause lies in. */
  part: number;
}

const SUBORDINATOR_WORDS =
  'after|before|since|until|till|when|whenever|while|whilst|whereas|although|though|because|unless|if|which|who|whom|whose|where';

/**
 * Every clause mark and subordinating word in one left-to-right pass: a semicolon, comma or
 * colon before a blank; a dash between blanks ("--" is one); a subordinating word.
 */
const MARKS = new RegExp(
  `([;,:])(?=[\\s\\u00a0]|$)|(?<=[\\s\\u00a0])(\u2014|\u2013|--?)(?=[\\s\\u00a0]|$)|\\b(${SUBORDINATOR_WORDS})\\b`,
  'gi',
);

/** After these a following time expression makes the word a preposition. */
const PREPOSITION_LIKE: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
  'till',
]);

/** A time expression right after "after/before/since/until/till": the word is a preposition. */
const TIME_OBJECT = new RegExp(
  `^\\s+(?:\\d|${MONTH_RE}\\b|(?:the\\s+)?(?:early|mid|late)[-\\s]+\\d|the\\s+(?:\\d|(?:early|mid|middle|late|end|start|beginning|turn)\\b)|(?:then|now|today|yesterday|last|this|next|that\\s+(?:time|year|date|day|month))\\b)`,
  'i',
);

/** A sentence without any of these has one clause: the quick way out. */
const ANY_MARK = new RegExp(`[;,:\u2014\u2013-]|\\b(?:${SUBORDINATOR_WORDS})\\b`, 'i');

type Mark = 'part' | 'dash' | 'soft' | 'subordinator';

interface Event {
  at: number;
  /** Where the text after the mark starts. */
  after: number;
  mark: Mark;
}

/** Clause marks and subordinating words of a sentence, in order. */
function events(sentence: string): Event[] {
  const found: Event[] = [];
  for (const m of sentence.matchAll(MARKS)) {
    const at = m.index;
    const end = at + m[0].length;
    if (m[1] !== undefined) found.push({ at, after: end, mark: m[1] === ';' ? 'part' : 'soft' });
    else if (m[2] !== undefined) found.push({ at, after: end, mark: 'dash' });
    else {
      const word = m[0].toLowerCase();
      const rest = sentence.slice(end, end + 40);
      if (PREPOSITION_LIKE.has(word) && TIME_OBJECT.test(rest)) continue;
      if (word === 'because' && /^\s+of\b/i.test(rest)) continue;
      found.push({ at, after: at, mark: 'subordinator' });
    }
  }
  return found;
}

/** The clauses of a sentence, in order, covering it without gaps. */
export function clausesOf(sentence: string): Clause[] {
  if (!ANY_MARK.test(sentence)) return [{ start: 0, end: sentence.length, kind: 'main', part: 0 }];
  const clauses: Clause[] = [];
  let part = 0;
  let start = 0;
  let inAside = false;
  let inSubordinate = false;
  const close = (end: number, next: number): void => {
    const kind: ClauseKind = inAside || inSubordinate ? 'subordinate' : 'main';
    if (end > start) clauses.push({ start, end, kind, part });
    start = next;
  };
  for (const e of events(sentence)) {
    if (e.at < start) continue;
    switch (e.mark) {
      case 'part':
        close(e.at, e.after);
        inAside = false;
        inSubordinate = false;
        part++;
        break;
      case 'dash':
        close(e.at, e.after);
        inAside = !inAside;
        inSubordinate = false;
        break;
      case 'soft':
        // A comma ends a subordinate clause; inside an aside or a main clause it starts nothing.
        if (inSubordinate) {
          close(e.after, e.after);
          inSubordinate = false;
        }
        break;
      case 'subordinator':
        close(e.at, e.at);
        inSubordinate = true;
        break;
    }
  }
  close(sentence.length, sentence.length);
  return clauses;
}

/** The clause that holds `offset` (the last one when it lies at the very end): a binary search. */
export function clauseAt(clauses: readonly Clause[], offset: number): Clause | undefined {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clauses[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return clauses[lo];
}
