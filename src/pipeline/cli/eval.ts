/**
 * `npm run eval [-- --doc NAME ... --json --limit N --export DIR]`: runs the geoparser over the
 * evaluation set (data/eval/src/) and prints recognition P/R/F1 (strict and overlap),
 * resolution acc@161 km and error km, overall and per group, then the issues to look at.
 *
 * A measurement, not a test: exits 0 whatever the scores. Exits 1 only when the set itself is
 * broken (malformed markup), the command line is wrong or the gazetteer cannot be loaded.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GoldFile } from '../eval/annotated.ts';
import { loadEvalSet } from '../eval/load.ts';
import { docTable, issuesReport, kindTable, summaryTable } from '../eval/report.ts';
import type { DocScore, EvalDoc, Prediction } from '../eval/score.ts';
import { scoreDoc, sentenceAround, summarize } from '../eval/score.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { createGeoparser } from '../geoparse/index.ts';
import { formatProblem } from '../problems.ts';

type Parse = (text: string) => Prediction[];

async function loadParser(): Promise<Parse> {
  const gazetteer = await loadGazetteer({ onProgress: (m) => console.error(m) });
  const geoparser = createGeoparser(gazetteer);
  return (text) =>
    geoparser.parse(text).map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      placeId: m.place?.id ?? null,
      name: m.place?.name ?? null,
      kind: m.place?.kind ?? null,
      country: m.place?.country ?? null,
      quote: sentenceAround(text, m.start, m.end),
      point: m.place?.point ?? null,
    }));
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
      group: { type: 'string' },
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '0' },
      export: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'npm run eval -- [--doc NAME]... [--group seeds|world] [--json] [--limit N] [--export DIR]',
    );
    return 0;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) {
    console.error(`citemap eval: expected --limit to be a whole number, found "${values.limit}"`);
    return 1;
  }

  const set = await loadEvalSet();
  if (set.problems.length > 0) {
    for (const p of set.problems) console.error(formatProblem(p));
    console.error(`citemap eval: the evaluation set has ${set.problems.length} problem(s)`);
    return 1;
  }
  let docs = set.docs;
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

  let parse: Parse;
  const loadStart = performance.now();
  try {
    parse = await loadParser();
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    console.error(`citemap eval: could not load the gazetteer and geoparser: ${msg}`);
    return 1;
  }
  const loadMs = performance.now() - loadStart;

  const scores: DocScore[] = [];
  let parseMs = 0;
  for (const doc of docs) {
    const t = performance.now();
    const predictions = parse(doc.text);
    parseMs += performance.now() - t;
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
    console.log(JSON.stringify({ overall, groups, docs: scores }, null, 1));
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
