/**
 * Plain-text report of an evaluation run: the summary table (overall, then per document group),
 * per-document lines, accuracy by kind, then the issues to look at. Pure: strings out.
 */
import type { Counts, DocScore, Issue, IssueType, ResolutionAccuracy, Summary } from './score.ts';
import { ACC_KM, CONFIDENCE_BANDS, summarize } from './score.ts';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const km = (x: number | null): string => (x === null ? '—' : Math.round(x).toString()).padStart(6);

/** Resolution is scored over every found toponym (overlap matches), as the literature does. */
const HEADER =
  `${'set'.padEnd(34)} docs  gold  pred │ strict  P     R     F1  │ overlap P     R     F1  │` +
  ` acc@${ACC_KM}  +area    n  unres   AUC  mean km  med km`;

function prf(c: Counts): string {
  return `${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`;
}

const auc = (x: number | null): string => (x === null ? '—' : x.toFixed(3)).padStart(6);

function res(r: ResolutionAccuracy): string {
  const area = r.n === 0 ? 0 : r.correctOrInArea / r.n;
  return `${pct(r.accuracy)}  ${pct(area)}  ${r.n.toString().padStart(5)} ${r.unresolved.toString().padStart(5)} ${auc(r.aucLogError)}  ${km(r.meanKm)}  ${km(r.medianKm)}`;
}

function row(label: string, s: Summary): string {
  return (
    `${label.slice(0, 34).padEnd(34)} ${s.docs.toString().padStart(4)} ${s.gold.toString().padStart(5)} ` +
    `${s.predicted.toString().padStart(5)} │        ${prf(s.strict)} │         ${prf(s.overlap)} │ ` +
    `  ${res(s.resolutionOverlap)}`
  );
}

/** Summary rows: overall, then one per group (in order of first appearance). */
export function summaryTable(scores: readonly DocScore[]): string {
  const groups = [...new Set(scores.map((s) => s.group))];
  const lines = [HEADER, row('overall', summarize(scores))];
  for (const g of groups) lines.push(row(`  ${g}`, summarize(scores.filter((s) => s.group === g))));
  return lines.join('\n');
}

export function docTable(scores: readonly DocScore[]): string {
  const lines = [HEADER];
  for (const s of scores) lines.push(row(`${s.group}/${s.doc}`, summarize([s])));
  return lines.join('\n');
}

/** Accuracy by the geoparser's own confidence: a calibrated geoparser is right less often below 0.5. */
export function confidenceTable(summary: Summary): string {
  const lines = [`acc@${ACC_KM} by confidence (found toponyms): band  n  correct  acc`];
  for (const band of CONFIDENCE_BANDS) {
    const v = summary.byConfidence[band];
    const acc = v.n === 0 ? 0 : v.correct / v.n;
    lines.push(
      `  ${band.padEnd(12)} ${v.n.toString().padStart(5)} ${v.correct.toString().padStart(5)} ${pct(acc)}%`,
    );
  }
  return lines.join('\n');
}

export function kindTable(summary: Summary): string {
  const kinds = Object.entries(summary.byKind).sort((a, b) => b[1].n - a[1].n);
  const lines = [`acc@${ACC_KM} by gold kind (strict matches): kind  n  correct  acc`];
  for (const [kind, v] of kinds) {
    const acc = v.n === 0 ? 0 : v.correct / v.n;
    lines.push(
      `  ${kind.padEnd(12)} ${v.n.toString().padStart(5)} ${v.correct.toString().padStart(5)} ${pct(acc)}%`,
    );
  }
  return lines.join('\n');
}

const LABELS: Record<IssueType, string> = {
  miss: 'MISSED (gold toponym not found)',
  'false-alarm': 'FALSE ALARM (found, not a gold toponym)',
  boundary: 'BOUNDARY (overlaps a gold toponym, offsets differ)',
  'wrong-resolution': `WRONG RESOLUTION (> ${ACC_KM} km)`,
  unresolved: 'UNRESOLVED (recognised, no point)',
};
const ORDER: IssueType[] = ['miss', 'false-alarm', 'boundary', 'wrong-resolution', 'unresolved'];

function issueLine(i: Issue): string {
  const where = `${i.doc}:${i.start}-${i.end}`;
  const parts = [`  ${where.padEnd(40)} "${i.text}"`];
  if (i.predictedText !== undefined) parts.push(`→ "${i.predictedText}"`);
  if (i.predicted && i.type !== 'false-alarm' && i.type !== 'boundary') {
    parts.push(`→ ${i.predicted.name ?? '?'} (${i.predicted.placeId ?? 'no id'})`);
  }
  if (i.type === 'false-alarm' && i.predicted) {
    parts.push(`→ ${i.predicted.name ?? 'unresolved'} (${i.predicted.placeId ?? 'no id'})`);
  }
  if (i.distanceKm !== undefined) parts.push(`${Math.round(i.distanceKm)} km off`);
  if (i.gold?.kind) parts.push(`[${i.gold.kind}]`);
  if (i.gold?.note) parts.push(`(${i.gold.note})`);
  return `${parts.join(' ')}\n      ${i.context}`;
}

/** Issues grouped by type; `limit` caps each group (0: no cap). */
export function issuesReport(scores: readonly DocScore[], limit = 0): string {
  const all = scores.flatMap((s) => s.issues);
  const out: string[] = [];
  for (const type of ORDER) {
    const list = all.filter((i) => i.type === type);
    if (list.length === 0) continue;
    out.push(`\n${LABELS[type]}: ${list.length}`);
    const shown = limit > 0 ? list.slice(0, limit) : list;
    for (const i of shown) out.push(issueLine(i));
    if (shown.length < list.length) out.push(`  … ${list.length - shown.length} more (--limit 0)`);
  }
  return out.join('\n');
}
