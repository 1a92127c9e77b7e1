/**
 * The year check: hand-checked sentences of the seeds with the years each place mention
 * refers to (data/eval/years/<source id>.txt, format and judging rules in its README), scored
 * against the years stage exactly as the build runs it (`mentionDating`).
 *
 * Scores, per mention: *exact* — the set of years equals the checked set (an empty set
 * included); years *precision* and *recall* — pooled over mentions, a year counts once per
 * mention.
 */
import type { PartialDate } from '../../shared/types.ts';
import { mentionDating } from '../dataset/annotate.ts';
import { type Problem, positionAt } from '../problems.ts';

export interface CheckedMention {
  /** Offsets into the plain sentence (markup removed). */
  start: number;
  end: number;
  text: string;
  years: number[];
  note: string | null;
  /** 1-based line in the set file, for reports. */
  line: number;
}

export interface CheckedSentence {
  /** The sentence as it stands in the source, markup removed. */
  text: string;
  mentions: CheckedMention[];
  line: number;
}

export interface YearSetFile {
  sourceId: string;
  sentences: CheckedSentence[];
  problems: Problem[];
}

const MARK = /\{\{([^{}|\n]+)\|([^{}|\n]*)(?:\|([^{}\n]*))?\}\}/gu;
const MAX_SPAN = 200;

/** "-" → [], "2001" → [2001], "1996-2001,2004" → [1996 … 2001, 2004]; a message when malformed. */
export function parseYears(spec: string): number[] | string {
  const s = spec.trim();
  if (s === '-') return [];
  const years = new Set<number>();
  for (const part of s.split(',')) {
    const m = /^\s*(\d{4})(?:\s*-\s*(\d{4}))?\s*$/u.exec(part);
    if (!m) return `expected years such as "2001", "1996-2001" or "-", found "${spec}"`;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from || to - from > MAX_SPAN) return `expected an ascending range, found "${part}"`;
    for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** One set file: a sentence a line, `{{name|years|note}}` around each checked mention. */
export function parseYearSet(content: string, file: string, sourceId: string): YearSetFile {
  const sentences: CheckedSentence[] = [];
  const problems: Problem[] = [];
  let offset = 0;
  for (const [k, raw] of content.split('\n').entries()) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/u, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    let text = '';
    let at = 0;
    const mentions: CheckedMention[] = [];
    for (const m of line.matchAll(MARK)) {
      text += line.slice(at, m.index);
      const name = m[1] ?? '';
      const years = parseYears(m[2] ?? '');
      if (typeof years === 'string') {
        const from = positionAt(content, lineStart + m.index);
        const to = positionAt(content, lineStart + m.index + m[0].length);
        problems.push({ file, from, to, severity: 'error', message: years });
      } else {
        const note = m[3]?.trim() || null;
        mentions.push({
          start: text.length,
          end: text.length + name.length,
          text: name,
          years,
          note,
          line: k + 1,
        });
      }
      text += name;
      at = m.index + m[0].length;
    }
    text += line.slice(at);
    if (/\{\{|\}\}/u.test(text)) {
      const from = positionAt(content, lineStart);
      problems.push({
        file,
        from,
        to: positionAt(content, lineStart + raw.length),
        severity: 'error',
        message: 'expected {{name|years}} or {{name|years|note}}, found a stray "{{" or "}}"',
      });
    }
    if (mentions.length > 0) sentences.push({ text, mentions, line: k + 1 });
  }
  return { sourceId, sentences, problems };
}

export interface YearJudgement {
  sourceId: string;
  line: number;
  text: string;
  sentence: string;
  checked: number[];
  predicted: number[];
  yearsFrom: string;
  note: string | null;
}

export interface YearScore {
  mentions: number;
  sentences: number;
  exact: number;
  /** Years predicted and checked, pooled over mentions. */
  truePositives: number;
  predicted: number;
  checked: number;
  judgements: YearJudgement[];
}

export interface CheckedSource {
  set: YearSetFile;
  body: string;
  published: PartialDate | null;
  /** Path of the set file, for problems. */
  file: string;
}

/**
 * Scores the years stage on the checked sentences. A sentence that is not in its source's
 * text (the source changed, or a typo) is a problem, not a miss.
 */
export function scoreYears(sources: readonly CheckedSource[]): {
  score: YearScore;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const judgements: YearJudgement[] = [];
  let sentences = 0;
  for (const { set, body, published, file } of sources) {
    const datingOf = mentionDating(body, published);
    for (const s of set.sentences) {
      const at = body.indexOf(s.text);
      if (at < 0) {
        const pos = { line: s.line, column: 1, offset: 0 };
        problems.push({
          file,
          from: pos,
          to: pos,
          severity: 'error',
          message: `expected the sentence to stand in source ${set.sourceId} as written, found no such text`,
        });
        continue;
      }
      sentences++;
      for (const m of s.mentions) {
        const dating = datingOf(at + m.start);
        judgements.push({
          sourceId: set.sourceId,
          line: m.line,
          text: m.text,
          sentence: s.text,
          checked: m.years,
          predicted: dating.years,
          yearsFrom: dating.yearsFrom,
          note: m.note,
        });
      }
    }
  }
  let exact = 0;
  let truePositives = 0;
  let predicted = 0;
  let checked = 0;
  for (const j of judgements) {
    const gold = new Set(j.checked);
    const hits = j.predicted.filter((y) => gold.has(y)).length;
    if (hits === gold.size && hits === j.predicted.length) exact++;
    truePositives += hits;
    predicted += j.predicted.length;
    checked += gold.size;
  }
  return {
    score: {
      mentions: judgements.length,
      sentences,
      exact,
      truePositives,
      predicted,
      checked,
      judgements,
    },
    problems,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

const yearText = (years: readonly number[]): string =>
  years.length === 0
    ? '-'
    : years.length > 3
      ? `${years[0]}-${years[years.length - 1]}`
      : years.join(',');

/** The report's year section: the figures, then each mention whose years differ. */
export function yearReport(score: YearScore, limit = 0): string {
  const lines = [
    `years referred to (data/eval/years/): ${score.mentions} mentions in ${score.sentences} checked sentences`,
    `  exact (set of years = checked set): ${score.exact}/${score.mentions} = ${pct(score.exact, score.mentions)}`,
    `  years precision ${pct(score.truePositives, score.predicted)} (${score.truePositives}/${score.predicted}), ` +
      `recall ${pct(score.truePositives, score.checked)} (${score.truePositives}/${score.checked})`,
  ];
  const wrong = score.judgements.filter((j) => {
    const gold = new Set(j.checked);
    return j.predicted.length !== gold.size || j.predicted.some((y) => !gold.has(y));
  });
  const shown = limit > 0 ? wrong.slice(0, limit) : wrong;
  if (shown.length > 0) lines.push('  years that differ (checked → found, how):');
  for (const j of shown) {
    lines.push(
      `    ${j.sourceId}:${j.line} ${j.text}: ${yearText(j.checked)} → ${yearText(j.predicted)} (${j.yearsFrom})${j.note ? ` — ${j.note}` : ''}`,
    );
  }
  return lines.join('\n');
}
