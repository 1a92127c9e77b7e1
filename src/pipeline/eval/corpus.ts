/**
 * Annotated news corpora in the JSON Lines format of ../shared/corpora/ (TR-News, GeoVirus):
 * one document a line, `{"id", "text", "toponyms": [{"start", "end", "text", "lat", "lon"}]}`,
 * offsets in UTF-16 code units, end exclusive, coordinates null where the annotators found
 * no gazetteer entry. Parsed at the boundary: a malformed line is a problem with its line
 * number and what was expected, and the rest of the file is still read.
 *
 * Demonyms ("Afghan", "Russians") are not counted either way, as the project's convention
 * does not map them: their gold spans are set aside, and so are predictions that overlap one.
 */
import type { Problem } from '../problems.ts';
import type { GoldAnnotation } from './annotated.ts';
import type { EvalDoc } from './score.ts';

export interface CorpusDoc extends EvalDoc {
  /** Gold spans not scored (demonyms): predictions overlapping them are not scored either. */
  unscored: readonly { start: number; end: number }[];
}

export interface LoadedCorpus {
  docs: CorpusDoc[];
  problems: Problem[];
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'string'
        ? `"${v.slice(0, 40)}"`
        : String(v);

function coordinate(v: unknown, limit: number): number | null | undefined {
  if (v === null || v === undefined) return null;
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit ? v : undefined;
}

/** One toponym record, or a message saying what was wrong with it. */
function toponym(t: unknown, text: string): GoldAnnotation | string {
  if (!isRec(t)) return `expected a toponym object, found ${describe(t)}`;
  const { start, end } = t;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return `expected integer "start" and "end", found ${describe(start)} and ${describe(end)}`;
  }
  const s = start as number;
  const e = end as number;
  if (s < 0 || e <= s || e > text.length) {
    return `expected 0 <= start < end <= ${text.length} (the text's length), found ${s}..${e}`;
  }
  const surface = text.slice(s, e);
  if (typeof t.text === 'string' && t.text !== surface) {
    return `expected the toponym text at ${s}..${e} to be "${t.text}", found "${surface}"`;
  }
  const lat = coordinate(t.lat, 90);
  const lon = coordinate(t.lon, 180);
  if (lat === undefined || lon === undefined) {
    return `expected "lat" in [-90, 90] and "lon" in [-180, 180] or null, found ${describe(t.lat)}, ${describe(t.lon)}`;
  }
  if ((lat === null) !== (lon === null)) return 'expected both "lat" and "lon", or neither';
  return { start: s, end: e, text: surface, lat, lon };
}

/**
 * Parse a corpus file's content. `group` names the corpus in reports; `isDemonym` says which
 * gold surfaces are set aside.
 */
export function parseCorpus(
  content: string,
  options: { file: string; group: string; isDemonym: (surface: string) => boolean },
): LoadedCorpus {
  const docs: CorpusDoc[] = [];
  const problems: Problem[] = [];
  let offset = 0;
  const lines = content.split('\n');
  lines.forEach((raw, i) => {
    const lineOffset = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (line === '') return;
    const problem = (message: string): void => {
      const at = { line: i + 1, column: 1, offset: lineOffset };
      const to = { line: i + 1, column: raw.length + 1, offset: lineOffset + raw.length };
      problems.push({ file: options.file, from: at, to, severity: 'error', message });
    };
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      problem(
        `expected one JSON object on the line, found malformed JSON (${(error as Error).message})`,
      );
      return;
    }
    if (!isRec(record) || typeof record.id !== 'string' || typeof record.text !== 'string') {
      problem('expected an object with a string "id" and a string "text"');
      return;
    }
    if (!Array.isArray(record.toponyms)) {
      problem(`expected "toponyms" to be a list, found ${describe(record.toponyms)}`);
      return;
    }
    const text = record.text;
    const annotations: GoldAnnotation[] = [];
    const unscored: { start: number; end: number }[] = [];
    for (const [k, t] of record.toponyms.entries()) {
      const parsed = toponym(t, text);
      if (typeof parsed === 'string') {
        problem(`document "${record.id}", toponym ${k + 1}: ${parsed}`);
        continue;
      }
      if (options.isDemonym(parsed.text)) unscored.push({ start: parsed.start, end: parsed.end });
      else annotations.push(parsed);
    }
    annotations.sort((a, b) => a.start - b.start);
    docs.push({ name: record.id, group: options.group, text, annotations, unscored });
  });
  return { docs, problems };
}

/** Predictions that overlap a span set aside are not scored (neither right nor wrong). */
export function scoredPredictions<P extends { start: number; end: number }>(
  doc: CorpusDoc,
  predictions: readonly P[],
): P[] {
  if (doc.unscored.length === 0) return [...predictions];
  return predictions.filter((p) => !doc.unscored.some((u) => p.start < u.end && u.start < p.end));
}
