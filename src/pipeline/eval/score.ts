/**
 * Geoparsing scores, as in the literature (Gritta et al., "A pragmatic guide to geoparsing
 * evaluation", 2019): recognition P/R/F1 on place-name spans, strict (identical offsets) and
 * lenient (any overlap), and resolution accuracy@161 km over correctly recognised toponyms,
 * with mean/median error in km. Pure: documents and predictions in, numbers and issue lists out.
 */
import { distanceKm } from '../../shared/geometry/distance.ts';
import type { ExtractProperties, LonLat } from '../../shared/types.ts';
import type { GoldAnnotation } from './annotated.ts';

/** What the extractor says about one mention, plus the point it resolved to (null: unresolved). */
export type Prediction = Omit<ExtractProperties, 'confidence' | 'alternatives'> & {
  point: LonLat | null;
  confidence?: number;
  /** For an area (country, province, region): does it contain this [lon, lat]? */
  contains?: (point: LonLat) => boolean;
};

export interface EvalDoc {
  name: string;
  /** "seeds" or "world": the sub-directory of data/eval/src/. */
  group: string;
  text: string;
  annotations: readonly GoldAnnotation[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ResolutionAccuracy {
  /** Matched pairs considered (strict matches for the headline figure). */
  n: number;
  /** Of those, predicted point within the threshold of the gold point. */
  correct: number;
  /** correct / n (0 when n = 0). */
  accuracy: number;
  /** Matched but left unresolved by the geoparser (no point): counted wrong, no distance. */
  unresolved: number;
  /** Over pairs with a predicted point; null when there are none. */
  meanKm: number | null;
  medianKm: number | null;
  /**
   * Of the n, those within the threshold or whose predicted area contains the gold point: the
   * same place, whatever point the gold standard's gazetteer gives an area.
   */
  correctOrInArea: number;
  /**
   * Area under the curve of sorted log errors, scaled to 0–1 (Gritta et al. 2018; lower is
   * better); an unresolved mention counts as the largest possible error. Null when n = 0.
   */
  aucLogError: number | null;
}

export type IssueType = 'miss' | 'false-alarm' | 'boundary' | 'wrong-resolution' | 'unresolved';

export interface Issue {
  type: IssueType;
  doc: string;
  group: string;
  start: number;
  end: number;
  /** Gold text for misses, boundary errors and resolutions; predicted text for false alarms. */
  text: string;
  /** The other side's text, for boundary errors (predicted) — otherwise absent. */
  predictedText?: string;
  /** The sentence around the span, whitespace collapsed. */
  context: string;
  gold?: { lat: number | null; lon: number | null; kind?: string; note?: string };
  predicted?: { placeId: string | null; name: string | null; point: LonLat | null };
  distanceKm?: number;
}

export interface DocScore {
  doc: string;
  group: string;
  gold: number;
  predicted: number;
  strict: Counts;
  overlap: Counts;
  /** acc@161 over strict matches: the headline resolution figure. */
  resolution: ResolutionAccuracy;
  /** acc@161 over lenient matches (includes boundary errors). */
  resolutionOverlap: ResolutionAccuracy;
  /** Raw distances (km) of matches with a point, for pooling across documents. */
  distances: { strict: number[]; overlap: number[] };
  /** Strict matches per gold kind: [n, correct], for a breakdown by kind. */
  byKind: Record<string, { n: number; correct: number }>;
  /** Found toponyms (overlap) by the geoparser's confidence: is it calibrated? */
  byConfidence: Record<ConfidenceBand, { n: number; correct: number }>;
  issues: Issue[];
}

export const CONFIDENCE_BANDS = ['< 0.5', '0.5–0.8', '≥ 0.8'] as const;
export type ConfidenceBand = (typeof CONFIDENCE_BANDS)[number];
const bandOf = (c: number): ConfidenceBand => (c < 0.5 ? '< 0.5' : c < 0.8 ? '0.5–0.8' : '≥ 0.8');
const emptyBands = (): Record<ConfidenceBand, { n: number; correct: number }> => ({
  '< 0.5': { n: 0, correct: 0 },
  '0.5–0.8': { n: 0, correct: 0 },
  '≥ 0.8': { n: 0, correct: 0 },
});

export interface Summary {
  docs: number;
  gold: number;
  predicted: number;
  strict: Counts;
  overlap: Counts;
  resolution: ResolutionAccuracy;
  resolutionOverlap: ResolutionAccuracy;
  byKind: Record<string, { n: number; correct: number }>;
  byConfidence: Record<ConfidenceBand, { n: number; correct: number }>;
}

export const ACC_KM = 161;
/** Half the Earth's circumference: the largest error a point can have. */
export const MAX_ERROR_KM = 20_039;

/**
 * AUC of the log-error curve as the literature computes it: errors sorted, ln(1 + km),
 * trapezoid area over the index, divided by ln(MAX_ERROR_KM) × (n − 1).
 */
export function aucLogError(distances: readonly number[], unresolved = 0): number | null {
  const errors = [...distances, ...Array<number>(unresolved).fill(MAX_ERROR_KM)]
    .map((d) => Math.log(1 + Math.min(d, MAX_ERROR_KM)))
    .sort((a, b) => a - b);
  if (errors.length === 0) return null;
  if (errors.length === 1) return errors[0]! / Math.log(1 + MAX_ERROR_KM);
  let area = 0;
  for (let i = 1; i < errors.length; i++) area += (errors[i - 1]! + errors[i]!) / 2;
  return area / (Math.log(1 + MAX_ERROR_KM) * (errors.length - 1));
}

export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** The sentence (or line) containing [start, end), whitespace collapsed, capped for display. */
export function sentenceAround(text: string, start: number, end: number, cap = 240): string {
  let from = start;
  while (from > 0) {
    const c = text[from - 1]!;
    if (c === '\n') break;
    if (/[.!?]/.test(c) && /\s/.test(text[from] ?? '') && from < start) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to]!;
    if (c === '\n') break;
    to++;
    if (/[.!?]/.test(c) && /\s|$/.test(text[to] ?? '')) break;
  }
  let s = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (s.length > cap) {
    // Keep the span visible: centre the window on it.
    const rel = start - from;
    const lo = Math.max(0, rel - Math.floor(cap / 2));
    s = `…${s.slice(lo, lo + cap)}…`;
  }
  return s;
}

interface Pair {
  distance: number | null;
  inArea: boolean;
}

function known(pairs: readonly Pair[]): number[] {
  return pairs.flatMap((p) => (p.distance === null ? [] : [p.distance]));
}

function resolutionOf(pairs: readonly Pair[]): ResolutionAccuracy {
  const distances = known(pairs);
  const correct = distances.filter((d) => d <= ACC_KM).length;
  return {
    n: pairs.length,
    correct,
    correctOrInArea: pairs.filter((p) => (p.distance !== null && p.distance <= ACC_KM) || p.inArea)
      .length,
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    unresolved: pairs.length - distances.length,
    meanKm: mean(distances),
    medianKm: median(distances),
    aucLogError: aucLogError(distances, pairs.length - distances.length),
  };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function distanceOf(g: GoldAnnotation, p: Prediction): number | null {
  if (g.lat === null || g.lon === null) return null;
  return p.point === null ? null : distanceKm([g.lon, g.lat], p.point);
}

/** A gold toponym without coordinates counts for recognition only. */
const hasPoint = (g: GoldAnnotation): boolean => g.lat !== null && g.lon !== null;

const rangeKey = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;

/** Gold index → prediction index, and the predictions used. */
interface Matching {
  pred: Map<number, number>;
  used: Set<number>;
}

/** Strict: identical offsets. Duplicated predictions of one span count once, extras are FPs. */
function matchStrict(
  gold: readonly GoldAnnotation[],
  predictions: readonly Prediction[],
): Matching {
  const predByKey = new Map<string, number[]>();
  predictions.forEach((p, idx) => {
    const list = predByKey.get(rangeKey(p)) ?? [];
    list.push(idx);
    predByKey.set(rangeKey(p), list);
  });
  const pred = new Map<number, number>();
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    const idx = predByKey.get(rangeKey(g))?.find((pi) => !used.has(pi));
    if (idx !== undefined) {
      pred.set(gi, idx);
      used.add(idx);
    }
  });
  return { pred, used };
}

/** Lenient: strict matches first, then the largest remaining overlaps, greedily. */
function matchOverlap(
  gold: readonly GoldAnnotation[],
  predictions: readonly Prediction[],
  strict: Matching,
): Matching {
  const pred = new Map<number, number>(strict.pred);
  const used = new Set<number>(strict.used);
  const candidates: { gi: number; pi: number; len: number }[] = [];
  gold.forEach((g, gi) => {
    if (pred.has(gi)) return;
    predictions.forEach((p, pi) => {
      if (used.has(pi)) return;
      const len = overlaps(g, p);
      if (len > 0) candidates.push({ gi, pi, len });
    });
  });
  candidates.sort((a, b) => b.len - a.len || a.gi - b.gi || a.pi - b.pi);
  for (const c of candidates) {
    if (pred.has(c.gi) || used.has(c.pi)) continue;
    pred.set(c.gi, c.pi);
    used.add(c.pi);
  }
  return { pred, used };
}

/** What the matches say about resolution: the pairs, the tallies and the issues of each gold toponym. */
function judgeGold(
  doc: EvalDoc,
  predictions: readonly Prediction[],
  strict: Matching,
  overlap: Matching,
) {
  const ctx = (start: number, end: number): string => sentenceAround(doc.text, start, end);
  const issues: Issue[] = [];
  const strictPairs: Pair[] = [];
  const overlapPairs: Pair[] = [];
  const byKind: Record<string, { n: number; correct: number }> = {};
  const byConfidence = emptyBands();

  doc.annotations.forEach((g, gi) => {
    const goldInfo = {
      lat: g.lat,
      lon: g.lon,
      ...(g.kind ? { kind: g.kind } : {}),
      ...(g.note ? { note: g.note } : {}),
    };
    const base = { doc: doc.name, group: doc.group, start: g.start, end: g.end, text: g.text };
    const oi = overlap.pred.get(gi);
    if (oi === undefined) {
      issues.push({ ...base, type: 'miss', context: ctx(g.start, g.end), gold: goldInfo });
      return;
    }
    const p = predictions[oi]!;
    const distance = distanceOf(g, p);
    const inArea = g.lat !== null && g.lon !== null && p.contains?.([g.lon, g.lat]) === true;
    if (hasPoint(g)) {
      overlapPairs.push({ distance, inArea });
      const band = byConfidence[bandOf(p.confidence ?? (p.point === null ? 0 : 1))];
      band.n++;
      if (distance !== null && distance <= ACC_KM) band.correct++;
    }
    const predicted = { placeId: p.placeId, name: p.name, point: p.point };
    const isStrict = strict.pred.get(gi) === oi;
    if (!isStrict) {
      issues.push({
        ...base,
        type: 'boundary',
        predictedText: p.text,
        context: ctx(g.start, g.end),
        gold: goldInfo,
        predicted,
        ...(distance === null ? {} : { distanceKm: distance }),
      });
      return;
    }
    if (!hasPoint(g)) return;
    strictPairs.push({ distance, inArea });
    const kind = g.kind ?? 'unspecified';
    const k = byKind[kind] ?? { n: 0, correct: 0 };
    k.n++;
    if (distance !== null && distance <= ACC_KM) k.correct++;
    byKind[kind] = k;
    if (distance === null) {
      issues.push({
        ...base,
        type: 'unresolved',
        context: ctx(g.start, g.end),
        gold: goldInfo,
        predicted,
      });
    } else if (distance > ACC_KM) {
      issues.push({
        ...base,
        type: 'wrong-resolution',
        context: ctx(g.start, g.end),
        gold: goldInfo,
        predicted,
        distanceKm: distance,
      });
    }
  });
  return { issues, strictPairs, overlapPairs, byKind, byConfidence };
}

/** Predictions that match no gold toponym. */
function falseAlarms(doc: EvalDoc, predictions: readonly Prediction[], overlap: Matching): Issue[] {
  const issues: Issue[] = [];
  predictions.forEach((p, pi) => {
    if (overlap.used.has(pi)) return;
    issues.push({
      type: 'false-alarm',
      doc: doc.name,
      group: doc.group,
      start: p.start,
      end: p.end,
      text: p.text,
      context: sentenceAround(doc.text, p.start, p.end),
      predicted: { placeId: p.placeId, name: p.name, point: p.point },
    });
  });
  return issues;
}

/** Score one document. Each gold and each predicted span is matched at most once. */
export function scoreDoc(doc: EvalDoc, predictions: readonly Prediction[]): DocScore {
  const gold = doc.annotations;
  const strict = matchStrict(gold, predictions);
  const overlap = matchOverlap(gold, predictions, strict);
  const judged = judgeGold(doc, predictions, strict, overlap);
  const issues = [...judged.issues, ...falseAlarms(doc, predictions, overlap)];
  issues.sort((a, b) => a.start - b.start || a.end - b.end);

  const strictTp = strict.pred.size;
  const overlapTp = overlap.pred.size;
  return {
    doc: doc.name,
    group: doc.group,
    gold: gold.length,
    predicted: predictions.length,
    strict: counts(strictTp, predictions.length - strictTp, gold.length - strictTp),
    overlap: counts(overlapTp, predictions.length - overlapTp, gold.length - overlapTp),
    resolution: resolutionOf(judged.strictPairs),
    resolutionOverlap: resolutionOf(judged.overlapPairs),
    distances: { strict: known(judged.strictPairs), overlap: known(judged.overlapPairs) },
    byKind: judged.byKind,
    byConfidence: judged.byConfidence,
    issues,
  };
}

/** Micro-average over documents: counts and distances are pooled, not per-doc figures averaged. */
export function summarize(scores: readonly DocScore[]): Summary {
  const sum = (f: (s: DocScore) => number): number => scores.reduce((t, s) => t + f(s), 0);
  const pool = (
    r: (s: DocScore) => ResolutionAccuracy,
    d: (s: DocScore) => number[],
  ): ResolutionAccuracy => {
    const n = sum((s) => r(s).n);
    const correct = sum((s) => r(s).correct);
    const correctOrInArea = sum((s) => r(s).correctOrInArea);
    const distances = scores.flatMap(d);
    const unresolved = sum((s) => r(s).unresolved);
    return {
      n,
      correct,
      correctOrInArea,
      accuracy: n === 0 ? 0 : correct / n,
      unresolved,
      meanKm: mean(distances),
      medianKm: median(distances),
      aucLogError: aucLogError(distances, unresolved),
    };
  };
  const byKind: Record<string, { n: number; correct: number }> = {};
  for (const s of scores) {
    for (const [kind, v] of Object.entries(s.byKind)) {
      const k = byKind[kind] ?? { n: 0, correct: 0 };
      k.n += v.n;
      k.correct += v.correct;
      byKind[kind] = k;
    }
  }
  const byConfidence = emptyBands();
  for (const s of scores) {
    for (const band of CONFIDENCE_BANDS) {
      byConfidence[band].n += s.byConfidence[band].n;
      byConfidence[band].correct += s.byConfidence[band].correct;
    }
  }
  return {
    docs: scores.length,
    gold: sum((s) => s.gold),
    predicted: sum((s) => s.predicted),
    strict: counts(
      sum((s) => s.strict.tp),
      sum((s) => s.strict.fp),
      sum((s) => s.strict.fn),
    ),
    overlap: counts(
      sum((s) => s.overlap.tp),
      sum((s) => s.overlap.fp),
      sum((s) => s.overlap.fn),
    ),
    resolution: pool(
      (s) => s.resolution,
      (s) => s.distances.strict,
    ),
    resolutionOverlap: pool(
      (s) => s.resolutionOverlap,
      (s) => s.distances.overlap,
    ),
    byKind,
    byConfidence,
  };
}
