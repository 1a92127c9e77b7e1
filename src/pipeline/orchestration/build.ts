/**
 * The build, with its inputs injected (geoparser, basemap, directories) so tests can run it
 * on fixtures: sources → problems (all at once) → dataset → checks → atomic write.
 * Nothing is written unless every step succeeded.
 */
import path from 'node:path';
import {
  orphanProblems,
  readCorrectionsDir,
  readUserPlaces,
  withUserPlaces,
} from '../corrections/index.ts';
import { formatIssue, type OutputIssue, validateDataset } from '../dataset/checks/index.ts';
import { buildDataset, type DatasetStats, datasetFiles } from '../dataset/dataset.ts';
import { openParseCache, type ParseCacheOptions } from '../dataset/parse-cache.ts';
import { type AtomicWriteHooks, type FileContent, writeDirAtomically } from '../fs/atomic-dir.ts';
import type { Geoparser } from '../geoparse/types.ts';
import { readSourceFolder } from '../ingest/source-folder.ts';
import { formatProblem, type Problem, ProblemsError } from '../problems.ts';
import { type ProgressOptions, startProgress } from '../progress.ts';
import { checkSourceFiles, sortProblems } from '../sources/read.ts';

export interface BuildOptions {
  /** Directory of source files (data/sources). */
  sourcesDir: string;
  /**
   * Directory of corrections (data/corrections); by default the `corrections` folder beside
   * the sources folder. A missing folder means no corrections.
   */
  correctionsDir?: string;
  /** Places added by hand (data/user-places.json); by default beside the sources folder. */
  userPlacesFile?: string;
  /** Output directory (public/data). */
  outDir: string;
  /** Paths in problems are relative to this (the repository root). */
  root?: string;
  /** The geoparser, or how to get it (loading the gazetteer is slow: only after sources pass). */
  geoparser: Geoparser | (() => Promise<Geoparser>);
  /** Extra files written alongside (basemap.json), computed lazily. */
  extraFiles?: () => Promise<ReadonlyMap<string, FileContent>>;
  /** Where warnings and progress go (stderr by default). */
  report?: (line: string) => void;
  hooks?: AtomicWriteHooks;
  /** Where the progress bar is drawn, if it is a terminal (stderr by default). */
  progressStream?: ProgressOptions['stream'];
  /** Each source's geoparse is cached here (README "Incremental builds"); none by default. */
  parseCache?: ParseCacheOptions;
}

export interface BuildSummary extends DatasetStats {
  warnings: number;
  /** Sources geoparsed by this run (the others came from the cache). */
  geoparsed: number;
  ms: number;
  /** Milliseconds per phase, in order, for the summary line. */
  phases: Record<string, number>;
}

const MAX_SHOWN = 50;

export class OutputInvalidError extends Error {
  constructor(
    readonly issues: readonly OutputIssue[],
    outDir: string,
  ) {
    // The first problems say what is wrong; hundreds more would only bury them.
    const shown = issues.slice(0, MAX_SHOWN).map((i) => formatIssue(i, outDir));
    if (issues.length > MAX_SHOWN) shown.push(`… and ${issues.length - MAX_SHOWN} more`);
    super(
      `${shown.join('\n')}\n${issues.length} problem(s) in the generated data; nothing was written`,
    );
    this.name = 'OutputInvalidError';
  }
}

const isError = (p: Problem): boolean => p.severity === 'error';

export async function runBuild(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let lap = started;
  const phase = (name: string): void => {
    const now = performance.now();
    phases[name] = now - lap;
    lap = now;
  };
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const stream = options.progressStream;
  const raws = await readSourceFolder(options.sourcesDir, options.root, (total) =>
    startProgress('reading sources', total, { stream }),
  );
  const checked = checkSourceFiles(raws);
  const { sources } = checked;
  const correctionsDir =
    options.correctionsDir ?? path.join(path.dirname(options.sourcesDir), 'corrections');
  const corrections = await readCorrectionsDir(correctionsDir, options.root);
  const problems = sortProblems([
    ...checked.problems,
    ...corrections.problems,
    ...orphanProblems(corrections, new Set(sources.map((s) => s.id))),
  ]);
  // All problems of all files, like a compiler; errors stop the build before the slow part.
  if (problems.some(isError)) throw new ProblemsError(problems);
  for (const p of problems) report(formatProblem(p));
  phase('sources');

  const gazetteer =
    typeof options.geoparser === 'function' ? await options.geoparser() : options.geoparser;
  const userPlaces = await readUserPlaces(
    options.userPlacesFile ?? path.join(path.dirname(options.sourcesDir), 'user-places.json'),
    gazetteer,
    options.root,
  );
  for (const p of userPlaces.problems) report(formatProblem(p));
  const geoparser = withUserPlaces(gazetteer, userPlaces.entries);
  phase('gazetteer');
  const cache = options.parseCache ? await openParseCache(options.parseCache, gazetteer) : null;
  const geoparsing = startProgress('geoparsing', sources.length, { stream });
  const { dataset, stats, warnings } = buildDataset(
    sources,
    geoparser,
    { bySource: corrections.bySource, places: userPlaces.entries },
    geoparsing.tick,
    cache ? (s) => cache.parse(s) : undefined,
  );
  geoparsing.finish();
  for (const p of warnings) report(formatProblem(p));
  // Each entry is right whatever becomes of this build, so it is kept even if a check fails.
  const saved = cache?.save();
  phase('geoparse');

  try {
    const issues = validateDataset(dataset);
    if (issues.length > 0) throw new OutputInvalidError(issues, options.outDir);
    phase('checks');

    const files = new Map<string, FileContent>(datasetFiles(dataset));
    if (options.extraFiles)
      for (const [name, content] of await options.extraFiles()) files.set(name, content);
    phase('basemap');
    await writeDirAtomically(options.outDir, files, options.hooks);
    phase('write');
  } finally {
    await saved;
  }
  return {
    ...stats,
    geoparsed: cache ? cache.computed : sources.length,
    warnings: problems.length + userPlaces.problems.length + warnings.length,
    ms: performance.now() - started,
    phases,
  };
}

export function formatSummary(s: BuildSummary, outDir: string): string {
  return (
    `citemap: ${s.sources} sources, ${s.mentions} mentions of ${s.places} places, ` +
    `${s.unresolved} unresolved, ${s.droppedAsFurniture} dropped as page furniture, ` +
    (s.corrected + s.added + s.reviewed > 0
      ? `${s.corrected} corrected, ${s.added} added and ${s.reviewed} reviewed by hand, `
      : '') +
    (s.geoparsed < s.sources ? `${s.sources - s.geoparsed} from the cache, ` : '') +
    `${s.warnings} warning(s); written to ${outDir} in ${Math.round(s.ms)} ms ` +
    `(${Object.entries(s.phases)
      .map(([name, ms]) => `${name} ${Math.round(ms)}`)
      .join(', ')})`
  );
}
