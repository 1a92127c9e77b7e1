/**
 * The years a mention refers to, for the map's time filter. Year expressions: rules.ts; which
 * clause a year binds to: clauses.ts; when a claim without a year is about the time of
 * writing: tense.ts.
 */
import type { PartialDate, YearsFrom } from '../../shared/types.ts';
import { type Clause, clauseAt, clausesOf } from './clauses.ts';
import { YEAR_RULES, type YearContext, type YearRule } from './rules.ts';
import { presentTenseRule } from './tense.ts';

export function yearContext(published: PartialDate | null): YearContext {
  const month =
    published && published.precision !== 'year' ? Number(published.iso.slice(5, 7)) : null;
  return { published, publishedMonth: month };
}

/** Characters already matched by an earlier rule; a mask keeps the check linear overall. */
function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

/** One year expression of a sentence: where it stands and the years it gives. */
export interface YearExpression {
  start: number;
  end: number;
  years: number[];
}

/** The year expressions of `sentence`, in the order the rules found them. */
export function yearExpressionsIn(
  sentence: string,
  published: PartialDate | null,
  rules: readonly YearRule[] = YEAR_RULES,
): YearExpression[] {
  // Cheap exit for the common sentence with no digits and no time words.
  if (!/\d|year|decade|month|week|today|yesterday|[A-Z][a-z]{2}/.test(sentence)) return [];
  const ctx = yearContext(published);
  const taken = new Uint8Array(sentence.length);
  const found: YearExpression[] = [];
  for (const rule of rules) {
    if (!rule.trigger.test(sentence)) continue;
    rule.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(taken, start, end)) continue;
      const years = rule.resolve(m as RegExpExecArray, sentence, ctx);
      if (years === null) continue;
      taken.fill(1, start, end);
      found.push({ start, end, years });
    }
  }
  return found;
}

const sortedUnique = (years: Iterable<number>): number[] =>
  [...new Set(years)].sort((a, b) => a - b);

/** Years referred to anywhere in `sentence`, ascending and unique. */
export function yearsIn(
  sentence: string,
  published: PartialDate | null,
  rules: readonly YearRule[] = YEAR_RULES,
): number[] {
  return sortedUnique(yearExpressionsIn(sentence, published, rules).flatMap((e) => e.years));
}

/** The years of one mention and how they were found. */
export interface Dating {
  years: number[];
  yearsFrom: YearsFrom;
}

const NO_YEARS: Dating = { years: [], yearsFrom: 'none' };

/**
 * The dating of every mention in one sentence, as a lookup by offset in the sentence.
 *
 * - A year binds to the clause that names it (clauses.ts). A mention takes the years of its
 *   own clause; a subordinate clause without years takes those of its part's main clauses
 *   ("In 1996, when the Taliban took Kabul, …"); the main clauses never take a subordinate
 *   clause's years ("moved to Kandahar after it conquered Afghanistan in 2001").
 * - A clause without years whose claim is in the present or recent tense (tense.ts) counts for
 *   the publication year: "dated by publication". Without a publication date it has none.
 * - A subordinate clause's own tense comes before its main clause's years: "…, which is now
 *   their stronghold" is about the time of writing.
 */
export function datingInSentence(
  sentence: string,
  published: PartialDate | null,
): (offset: number) => Dating {
  const expressions = yearExpressionsIn(sentence, published);
  const clauses = clausesOf(sentence);
  const publication: Dating =
    published === null ? NO_YEARS : { years: [published.year], yearsFrom: 'publication' };
  const explicit = (years: number[]): Dating => ({
    years: sortedUnique(years),
    yearsFrom: 'clause',
  });
  if (clauses.length <= 1) {
    // One clause (most sentences): one dating for every mention in it.
    const only: Dating =
      expressions.length > 0
        ? explicit(expressions.flatMap((e) => e.years))
        : presentTenseRule(sentence)
          ? publication
          : NO_YEARS;
    return () => only;
  }
  const yearsOf = new Map<Clause, number[]>();
  for (const e of expressions) {
    const clause = clauseAt(clauses, e.start);
    if (!clause) continue;
    const list = yearsOf.get(clause);
    if (list) list.push(...e.years);
    else yearsOf.set(clause, [...e.years]);
  }
  const mainClauses = new Map<number, Clause[]>();
  for (const c of clauses) {
    if (c.kind !== 'main') continue;
    const list = mainClauses.get(c.part);
    if (list) list.push(c);
    else mainClauses.set(c.part, [c]);
  }
  // Each part and clause is dated once: a one-line list of 100,000 names is one sentence.
  const mainOfPart = new Map<number, { years: number[]; dating: Dating }>();
  const mainOf = (part: number): { years: number[]; dating: Dating } => {
    let main = mainOfPart.get(part);
    if (!main) {
      const own = mainClauses.get(part) ?? [];
      const years = sortedUnique(own.flatMap((c) => yearsOf.get(c) ?? []));
      const text = own.map((c) => sentence.slice(c.start, c.end)).join(' ');
      const dating =
        years.length > 0 ? explicit(years) : presentTenseRule(text) ? publication : NO_YEARS;
      main = { years, dating };
      mainOfPart.set(part, main);
    }
    return main;
  };
  const datingOfClause = new Map<Clause, Dating>();
  const dateClause = (clause: Clause): Dating => {
    const own = yearsOf.get(clause);
    if (own && own.length > 0) return explicit(own);
    if (clause.kind === 'main') return mainOf(clause.part).dating;
    if (presentTenseRule(sentence.slice(clause.start, clause.end))) return publication;
    const main = mainOf(clause.part).years;
    return main.length > 0 ? explicit(main) : NO_YEARS;
  };

  return (offset) => {
    const clause = clauseAt(clauses, offset);
    if (!clause) return NO_YEARS;
    let dating = datingOfClause.get(clause);
    if (!dating) {
      dating = dateClause(clause);
      datingOfClause.set(clause, dating);
    }
    return dating;
  };
}
