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

const SUBORDINATORS =
  /\b(?:after|before|since|until|till|when|whenever|while|whilst|whereas|although|though|because|unless|if|which|who|whom|whose|where)\b/giu;

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
  'iu',
);

const BLANK = /[\s\u00a0]/u;
const isBlank = (ch: string | undefined): boolean => ch === undefined || BLANK.test(ch);

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
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === ';' && isBlank(sentence[i + 1])) found.push({ at: i, after: i + 1, mark: 'part' });
    else if ((ch === ',' || ch === ':') && isBlank(sentence[i + 1]))
      found.push({ at: i, after: i + 1, mark: 'soft' });
    else if (ch === '\u2014' || ch === '\u2013' || ch === '-') {
      // "--" is one dash; a dash needs blanks on both sides (or the sentence's edge).
      const end = ch === '-' && sentence[i + 1] === '-' ? i + 2 : i + 1;
      if (i > 0 && isBlank(sentence[i - 1]) && isBlank(sentence[end])) {
        found.push({ at: i, after: end, mark: 'dash' });
      }
      i = end - 1;
    }
  }
  for (const m of sentence.matchAll(SUBORDINATORS)) {
    const word = m[0].toLowerCase();
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (PREPOSITION_LIKE.has(word) && TIME_OBJECT.test(rest)) continue;
    if (word === 'because' && /^\s+of\b/iu.test(rest)) continue;
    found.push({ at: m.index, after: m.index, mark: 'subordinator' });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The clauses of a sentence, in order, covering it without gaps. */
export function clausesOf(sentence: string): Clause[] {
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

/** The clause that holds `offset` (the last one when it lies at the very end). */
export function clauseAt(clauses: readonly Clause[], offset: number): Clause | undefined {
  return clauses.find((c) => offset >= c.start && offset < c.end) ?? clauses.at(-1);
}
