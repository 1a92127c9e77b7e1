/**
 * `npm run eval [-- --doc NAME ... --json --limit N --export DIR]`: runs the geoparser over the
 * evaluation set (data/eval/src/) and prints recognition P/R/F1 (strict and overlap),
 * resolution acc@161 km, AUC of the log error and error km, overall and per group, the year
 * check (data/eval/years/: how often a mention's years are the hand-checked ones), then the
 * issues to look at. `--corpus FILE` (repeatable) scores an annotated JSON Lines corpus
 * instead (../shared/corpora/ format; see eval/corpus.ts).
 *
 * It measures the configuration that ships: the geoparser as the build loads it, behind the
 * same page-furniture stage (mentionsOutsideFurniture), so the figures describe what a user
 * gets from `npm run data` and `npm run extract`.
 *
 * A measurement, not a test: exits 0 whatever the scores. Exits 1 only when the set itself is
 * broken (malformed markup), the command line is wrong or the gazetteer cannot be loaded.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { booleanPointInPolygon } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { LonLat, PlaceKind } from '../../shared/types.ts';
import { mentionsOutsideFurniture } from '../dataset/annotate.ts';
import type { GoldFile } from '../eval/annotated.ts';
import { type CorpusDoc, parseCorpus, scoredPredictions } from '../eval/corpus.ts';
import { loadEvalSet, loadYearSet } from '../eval/load.ts';
import {
  confidenceTable,
  docTable,
  issuesReport,
  kindTable,
  summaryTable,
} from '../eval/report.ts';
import type { DocScore, EvalDoc, Prediction } from '../eval/score.ts';
import { scoreDoc, sentenceAround, summarize } from '../eval/score.ts';
import { scoreYears, type YearScore, yearReport } from '../eval/years.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { loadGeoparser } from '../orchestration/load-geoparser.ts';
import { formatProblem } from '../problems.ts';

type Parse = (text: string) => Prediction[];

const AREA_KINDS: ReadonlySet<PlaceKind> = new Set([
  'country',
  'admin1',
  'admin2',
  'region',
  'continent',
]);

/** Point-in-area for the "+area" column: the gold point lies inside the predicted area. */
function areaContains(geometry: Geometry): (point: LonLat) => boolean {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return () => false;
  return (point) => booleanPointInPolygon(point, geometry);
}

/** The shipped configuration: furniture stage, then the geoparser the build loads. */
function predictor(geoparser: Geoparser): Parse {
  return (text) =>
    mentionsOutsideFurniture(text, geoparser).kept.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      placeId: m.place?.id ?? null,
      name: m.place?.name ?? null,
      kind: m.place?.kind ?? null,
      country: m.place?.country ?? null,
      quote: sentenceAround(text, m.start, m.end),
      point: m.place?.point ?? null,
      confidence: m.confidence,
      ...(m.place !== null && AREA_KINDS.has(m.place.kind)
        ? { contains: areaContains(geoparser.geometry(m.place.id)) }
        : {}),
    }));
}

/** Every --corpus file, parsed; demonyms (per the gazetteer's list) set aside. */
async function loadCorpora(
  files: readonly string[],
  isDemonym: (surface: string) => boolean,
): Promise<{ docs: CorpusDoc[]; failed: boolean }> {
  const docs: CorpusDoc[] = [];
  let failed = false;
  for (const file of files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`citemap eval: cannot read ${file}: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const group = path.basename(file).replace(/\.jsonl?$/u, '');
    const corpus = parseCorpus(content, { file, group, isDemonym });
    for (const p of corpus.problems) console.error(formatProblem(p));
    if (corpus.problems.length > 0) failed = true;
    docs.push(...corpus.docs);
  }
  return { docs, failed };
}

/** data/eval/docs/<name>.txt + data/eval/gold/<name>.json, for tools that want plain files. */
async function exportSet(docs: readonly EvalDoc[], dir: string): Promise<void> {
  await mkdir(path.join(dir, 'docs'), { recursive: true });
  await mkdir(path.join(dir, 'gold'), { recursive: true });
  for (const d of docs) {
    const gold: GoldFile = { doc: d.name, annotations: [...d.annotations] };
    await writeFile(path.join(dir, 'docs', `${d.name}.txt`), d.text);
    await writeFile(path.join(dir, 'gold', `${d.name}.json`), `${JSON.stringify(gold, null, 1)}\n`);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      doc: { type: 'string', multiple: true },
      corpus: { type: 'string', multiple: true },
      group: { type: 'string' },
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '0' },
      export: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'npm run eval -- [--corpus FILE.jsonl]... [--doc NAME]... [--group seeds|world|heldout] [--json] [--limit N] [--export DIR]',
    );
    return 0;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) {
    console.error(`citemap eval: expected --limit to be a whole number, found "${values.limit}"`);
    return 1;
  }

  let geoparser: Geoparser;
  const loadStart = performance.now();
  try {
    geoparser = await loadGeoparser((m) => console.error(m));
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    console.error(`citemap eval: could not load the gazetteer and geoparser: ${msg}`);
    return 1;
  }
  const loadMs = performance.now() - loadStart;
  const parse = predictor(geoparser);

  let docs: EvalDoc[];
  if (values.corpus) {
    const corpora = await loadCorpora(values.corpus, (s) => geoparser.isDemonym(s));
    if (corpora.failed) {
      console.error('citemap eval: the corpus files have problems (above); nothing was scored');
      return 1;
    }
    docs = corpora.docs;
  } else {
    const set = await loadEvalSet();
    if (set.problems.length > 0) {
      for (const p of set.problems) console.error(formatProblem(p));
      console.error(`citemap eval: the evaluation set has ${set.problems.length} problem(s)`);
      return 1;
    }
    docs = set.docs;
  }
  if (values.doc) {
    const wanted = values.doc;
    const unknown = wanted.filter((w) => !docs.some((d) => d.name === w || d.name.startsWith(w)));
    if (unknown.length > 0) {
      console.error(`citemap eval: no document named ${unknown.join(', ')}`);
      console.error(`  known: ${docs.map((d) => d.name).join(', ')}`);
      return 1;
    }
    docs = docs.filter((d) => wanted.some((w) => d.name === w || d.name.startsWith(w)));
  }
  if (values.group) docs = docs.filter((d) => d.group === values.group);

  if (values.export) {
    await exportSet(docs, values.export);
    console.log(`citemap eval: wrote ${docs.length} documents to ${values.export}/{docs,gold}`);
    return 0;
  }

  // The year check belongs to the seeds: scored with the own set, unless narrowed to other docs.
  let years: YearScore | null = null;
  if (!values.corpus && !values.doc && (!values.group || values.group === 'seeds')) {
    const set = await loadYearSet();
    const scored = scoreYears(set.sources);
    const problems = [...set.problems, ...scored.problems];
    if (problems.length > 0) {
      for (const p of problems) console.error(formatProblem(p));
      console.error(`citemap eval: the year check has ${problems.length} problem(s)`);
      return 1;
    }
    years = scored.score;
  }

  const scores: DocScore[] = [];
  const predicted: { doc: string; predictions: Prediction[] }[] = [];
  let parseMs = 0;
  for (const doc of docs) {
    const t = performance.now();
    let predictions = parse(doc.text);
    parseMs += performance.now() - t;
    if ('unscored' in doc) predictions = scoredPredictions(doc as CorpusDoc, predictions);
    predicted.push({ doc: doc.name, predictions });
    scores.push(scoreDoc(doc, predictions));
  }

  if (values.json) {
    const overall = summarize(scores);
    const groups = Object.fromEntries(
      [...new Set(scores.map((s) => s.group))].map((g) => [
        g,
        summarize(scores.filter((s) => s.group === g)),
      ]),
    );
    console.log(JSON.stringify({ overall, groups, docs: scores, predicted, years }, null, 1));
    return 0;
  }

  const overall = summarize(scores);
  console.log(
    `citemap eval: ${overall.docs} document${overall.docs === 1 ? '' : 's'}, ${overall.gold} gold toponyms; ` +
      `gazetteer + geoparser loaded in ${Math.round(loadMs)} ms, parsed in ${Math.round(parseMs)} ms\n`,
  );
  console.log(summaryTable(scores));
  console.log(`\n${docTable(scores)}`);
  console.log(`\n${kindTable(overall)}`);
  console.log(`\n${confidenceTable(overall)}`);
  if (years) console.log(`\n${yearReport(years, limit)}`);
  console.log(issuesReport(scores, limit));
  return 0;
}

// exitCode, not exit(): exit() would cut off a report still being written to a pipe.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`citemap eval: failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
