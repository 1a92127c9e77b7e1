/**
 * The year rules, as a table: each has a pattern and a resolver. They run in order and a
 * later rule never looks inside text an earlier one matched, so "1996–2001" is one range,
 * not two years plus a range, and "August 15 last year" is last year, not this August.
 *
 * Decisions (see README "Data formats"):
 * - A decade covers all its years ("the 1980s" → 1980…1989); "early/mid/late" narrow it to
 *   0–3, 4–6, 7–9, so a year filter on the map finds the sentence for any year it talks about.
 * - "since 2001" is a span up to the publication year (2001…published), or 2001 alone when
 *   the source has no date.
 * - Relative expressions ("last year", "two years ago", "last month", "in August") resolve
 *   against the publication date; without one they yield nothing rather than a guess.
 * - A month without a year ("in August", "May 27") is its most recent occurrence not after
 *   the publication month; at year precision it is the publication year.
 * - Four-digit numbers are years unless they are part of a larger number ("2,000"), follow a
 *   currency sign or a label ("$1500", "page 1994", "resolution 1267"), precede a counted noun
 *   or unit ("1500 fighters", "1500 years"), a percent sign or a slash, or precede a
 *   capitalised name without a time word before them ("the 1267 Committee").
 */
import type { PartialDate } from '../../shared/types.ts';
import {
  COUNT_RE,
  COUNTED_NOUNS,
  countValue,
  LABEL_WORDS,
  MONTH_RE,
  monthNumber,
  TIME_PREPOSITIONS,
} from './words.ts';

export interface YearContext {
  published: PartialDate | null;
  /** 1-based publication month, when the date has month or day precision. */
  publishedMonth: number | null;
}

export interface YearRule {
  name: string;
  /** Global regex; matched against one sentence. */
  pattern: RegExp;
  /** Cheap test a sentence must pass before `pattern` runs (most sentences have no dates). */
  trigger: RegExp;
  /** Years referred to, or null when the match is not a year reference after all. */
  resolve(match: RegExpExecArray, sentence: string, ctx: YearContext): number[] | null;
}

const YEAR = '(1[0-9]\\d{2}|20\\d{2}|2100)';
/** Not glued to other digits, a thousands separator, a decimal point or a currency sign. */
const BEFORE = '(?<![\\d,.$£€¥#/]|\\d[,.])';
const AFTER = '(?![\\d%/]|[,.]\\d)';
const DASH = '\\s*(?:-|–|—|to|until|till|through)\\s*';
const MAX_SPAN = 200;

function span(from: number, to: number): number[] | null {
  if (to < from || to - from > MAX_SPAN) return null;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function pubYear(ctx: YearContext): number | null {
  return ctx.published?.year ?? null;
}

/** Year of the most recent `month` not after publication (see header). */
function yearOfMonth(
  month: number,
  ctx: YearContext,
  shift: 'last' | 'next' | null,
): number | null {
  const year = pubYear(ctx);
  if (year === null) return null;
  const pm = ctx.publishedMonth;
  if (pm === null) return shift === 'next' ? year + 1 : year;
  if (shift === 'next') return month > pm ? year : year + 1;
  if (shift === 'last') return month < pm ? year : year - 1;
  return month <= pm ? year : year - 1;
}

function wordBefore(sentence: string, index: number): string {
  const m = /([A-Za-z]+)\.?\s*$/.exec(sentence.slice(Math.max(0, index - 24), index));
  return (m?.[1] ?? '').toLowerCase();
}

/** Words that introduce a bare month, either case at the start ("In August"). */
const LEADS = [
  'in',
  'on',
  'since',
  'by',
  'until',
  'till',
  'during',
  'from',
  'early',
  'late',
  'mid-?',
  'last',
  'next',
  'this',
]
  .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`)
  .join('|');

const DECADE_PARTS: Readonly<Record<string, [number, number]>> = {
  early: [0, 3],
  mid: [4, 6],
  middle: [4, 6],
  late: [7, 9],
};

export const YEAR_RULES: readonly YearRule[] = [
  {
    name: 'decade',
    trigger: /\d0['’]?s\b/,
    pattern: /\b(?:(early|mid|middle|late)[-\s]+)?(1[0-9]\d|20\d)0['’]?s\b/gi,
    resolve(m) {
      const decade = Number(m[2]) * 10;
      const [a, b] = DECADE_PARTS[(m[1] ?? '').toLowerCase()] ?? [0, 9];
      return span(decade + a, decade + b);
    },
  },
  {
    name: 'between-years',
    trigger: /\d{4}/,
    pattern: new RegExp(`\\bbetween\\s+${YEAR}\\s+and\\s+${YEAR}${AFTER}`, 'gi'),
    resolve: (m) => span(Number(m[1]), Number(m[2])),
  },
  {
    name: 'year-range',
    trigger: /\d{4}/,
    pattern: new RegExp(`${BEFORE}\\b${YEAR}${DASH}${YEAR}${AFTER}`, 'gi'),
    resolve: (m) => span(Number(m[1]), Number(m[2])),
  },
  {
    name: 'short-year-range',
    trigger: /\d{4}[-–]\d/,
    // "1996-97", "2019–20": the second year shares the century.
    pattern: new RegExp(`${BEFORE}\\b${YEAR}[-–](\\d{2})(?![\\d%/])`, 'g'),
    resolve(m) {
      const from = Number(m[1]);
      const to = Math.floor(from / 100) * 100 + Number(m[2]);
      return span(from, to);
    },
  },
  {
    name: 'since-year',
    trigger: /since/i,
    pattern: new RegExp(
      `\\bsince\\s+(?:(?:early|mid|late)[-\\s]+)?(?:(?:${MONTH_RE}\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?|(?:the\\s+)?(?:\\d{1,2}\\s+)?${MONTH_RE},?\\s+)?${YEAR}${AFTER}`,
      'gi',
    ),
    resolve(m, _s, ctx) {
      const from = Number(m[1]);
      const to = pubYear(ctx);
      return to !== null && to >= from ? span(from, to) : [from];
    },
  },
  {
    name: 'ago',
    trigger: /\bago\b/i,
    pattern: new RegExp(`\\b(${COUNT_RE})\\s+(years?|decades?)\\s+ago\\b`, 'gi'),
    resolve(m, _s, ctx) {
      const year = pubYear(ctx);
      const n = countValue(m[1] ?? '');
      if (year === null || n === null) return null;
      return [year - n * ((m[2] ?? '').toLowerCase().startsWith('decade') ? 10 : 1)];
    },
  },
  {
    name: 'past-n-years',
    trigger: /\b(?:years|decades)\b/i,
    pattern: new RegExp(`\\b(?:past|last)\\s+(${COUNT_RE})\\s+(years|decades)\\b`, 'gi'),
    resolve(m, _s, ctx) {
      const year = pubYear(ctx);
      const n = countValue(m[1] ?? '');
      if (year === null || n === null) return null;
      const back = n * ((m[2] ?? '').toLowerCase().startsWith('decade') ? 10 : 1);
      return span(year - back, year);
    },
  },
  {
    name: 'relative-year',
    trigger: /\byear\b/i,
    pattern: /\b(last|this|next|coming|current)\s+year\b|\ba\s+year\s+ago\b/gi,
    resolve(m, _s, ctx) {
      const year = pubYear(ctx);
      if (year === null) return null;
      const which = (m[1] ?? 'ago').toLowerCase();
      if (which === 'last' || which === 'ago') return [year - 1];
      if (which === 'next' || which === 'coming') return [year + 1];
      return [year];
    },
  },
  {
    name: 'relative-month',
    trigger: /\bmonth\b/i,
    pattern: /\b(last|this|next)\s+month\b/gi,
    resolve(m, _s, ctx) {
      const year = pubYear(ctx);
      if (year === null) return null;
      const pm = ctx.publishedMonth;
      const which = (m[1] ?? '').toLowerCase();
      if (pm === null || which === 'this') return [year];
      if (which === 'last') return [pm === 1 ? year - 1 : year];
      return [pm === 12 ? year + 1 : year];
    },
  },
  {
    name: 'relative-day',
    trigger: /\b(?:yesterday|today|week)\b/i,
    pattern: /\b(?:yesterday|today|(?:last|this)\s+week)\b/gi,
    resolve: (_m, _s, ctx) => {
      const year = pubYear(ctx);
      return year === null ? null : [year];
    },
  },
  {
    name: 'month-without-year',
    trigger: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    // "in August", "last March", "May 27", "27 May" — but not "July 2001" or "August 15 last year".
    pattern: new RegExp(
      `(?:\\b(${LEADS})\\s+(?:early\\s+|late\\s+|mid-?)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_RE.replace('(?:', '(')}|\\b${MONTH_RE.replace('(?:', '(')}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}\\s+${MONTH_RE.replace('(?:', '(')})(?![A-Za-z])(?!,?\\s*(?:\\d{1,2},?\\s*)?(?:\\d{4}|(?:of\\s+)?(?:last|this|next)\\s+year))`,
      'g',
    ),
    resolve(m, _s, ctx) {
      const name = m[2] ?? m[3] ?? m[4] ?? '';
      const month = monthNumber(name);
      if (month === 0) return null;
      const lead = (m[1] ?? '').toLowerCase();
      const shift = lead === 'last' ? 'last' : lead === 'next' ? 'next' : null;
      const year = yearOfMonth(month, ctx, shift);
      return year === null ? null : [year];
    },
  },
  {
    name: 'year',
    trigger: /\d{4}/,
    pattern: new RegExp(`${BEFORE}\\b${YEAR}${AFTER}`, 'g'),
    resolve(m, sentence) {
      const before = wordBefore(sentence, m.index);
      if (LABEL_WORDS.has(before)) return null;
      const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // "50 per cent", "1500 / 1500" (a ratio or a counter).
      if (/^\s*(?:per\s*cent|pc\b|\/)/i.test(rest)) return null;
      if (/\/\s*$/.test(sentence.slice(Math.max(0, m.index - 4), m.index))) return null;
      const next = /^[ \t]+([A-Za-z][A-Za-z'’-]*)/.exec(rest)?.[1] ?? '';
      if (COUNTED_NOUNS.has(next.toLowerCase())) return null;
      // "the 1267 Committee": a number naming something, unless a time word introduces it.
      const capitalised = next !== '' && next[0] === next[0]?.toUpperCase();
      const isMonth = monthNumber(next) > 0 && next.length >= 3;
      const introduced = TIME_PREPOSITIONS.has(before) || monthNumber(before) > 0;
      const afterDate = /\d{1,2}(?:st|nd|rd|th)?,?\s*$/.test(
        sentence.slice(Math.max(0, m.index - 8), m.index),
      );
      if (capitalised && !isMonth && !introduced && !afterDate) return null;
      return [Number(m[1])];
    },
  },
];
