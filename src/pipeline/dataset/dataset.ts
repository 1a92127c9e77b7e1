/**
 * Everything `npm run data` writes, built in memory first so it can be validated as a whole
 * before a single byte reaches public/data.
 */
import path from 'node:path';
import type { CorrectionsData } from '../../shared/corrections.ts';
import { citedBounds } from '../../shared/geometry/view-bounds.ts';
import { encodeMentions } from '../../shared/mention-index.ts';
import type {
  FirstView,
  MentionCollection,
  MentionStatus,
  PlaceCollection,
  SourcesFile,
  UnresolvedMention,
} from '../../shared/types.ts';
import type { PlacedCorrection } from '../corrections/index.ts';
import type { FileContent } from '../fs/atomic-dir.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Geoparser } from '../geoparse/types.ts';
import type { Problem } from '../problems.ts';
import { RESULT_RULES } from '../sources/rules/index.ts';
import type { Source } from '../sources/types.ts';
import { type AnnotatedSource, annotateSource } from './annotate.ts';
import { buildMentions } from './mentions.ts';
import { type ParsedSource, parseSource } from './parse-source.ts';
import { buildPlaces } from './places.ts';

export interface Dataset {
  places: PlaceCollection;
  mentions: MentionCollection;
  sources: SourcesFile;
  unresolved: UnresolvedMention[];
  /** Source id → body text (for texts/<id>.txt and the offset checks). */
  texts: Map<string, string>;
  /** The corrections and added places read, as the app starts from them (corrections.json). */
  corrections: CorrectionsData;
  /** Source id → its path as problems give it (repository-relative), for check messages. */
  sourceFiles: Map<string, string>;
}

/** What the corrections stage read: each source's corrections and the places added by hand. */
export interface DatasetCorrections {
  bySource: ReadonlyMap<string, readonly PlacedCorrection[]>;
  places: readonly GazetteerEntry[];
}

export interface DatasetStats {
  sources: number;
  mentions: number;
  places: number;
  unresolved: number;
  droppedAsFurniture: number;
  /** Mentions a reader corrected, added or reviewed (see data/corrections/). */
  corrected: number;
  added: number;
  reviewed: number;
}

export function buildDataset(
  sources: readonly Source[],
  geoparser: Geoparser,
  corrections: DatasetCorrections = { bySource: new Map(), places: [] },
  onSource: () => void = () => {},
  /** The slow stage of one source; the build passes one that reads and fills its cache. */
  parse: (source: Source) => ParsedSource = (s) => parseSource(s.body, s.published, geoparser),
): { dataset: Dataset; stats: DatasetStats; warnings: Problem[] } {
  const annotated: AnnotatedSource[] = sources.map((s) => {
    const result = annotateSource(s, geoparser, corrections.bySource.get(s.id), parse(s));
    onSource();
    return result;
  });
  const correctionProblems = annotated.flatMap((a) => a.problems);
  const warnings = annotated.flatMap((a) =>
    RESULT_RULES.flatMap((rule) =>
      rule.check({
        source: a.source,
        mentionCount: a.mentions.length,
        unresolvedCount: a.unresolved.length,
      }),
    ),
  );
  warnings.push(...correctionProblems);
  const places = buildPlaces(annotated, geoparser);
  const mentions = buildMentions(annotated);
  const dataset: Dataset = {
    places,
    mentions,
    sources: {
      version: 1,
      sources: annotated.map(({ source: s, mentions: ms }) => ({
        id: s.id,
        title: s.title,
        author: s.author,
        publisher: s.publisher,
        published: s.published,
        url: s.url,
        language: s.language,
        // Relative to the sources folder (read flat): never a path outside the project.
        file: path.basename(s.file),
        mentionCount: ms.length,
      })),
    },
    unresolved: annotated.flatMap((a) => a.unresolved),
    texts: new Map(sources.map((s) => [s.id, s.body])),
    corrections: {
      version: 1,
      sources: Object.fromEntries(
        [...corrections.bySource].map(([id, list]) => [id, list.map((p) => p.correction)]),
      ),
      places: corrections.places.map((e) => ({
        id: e.id,
        name: e.name,
        kind: e.kind,
        country: e.country,
        point: e.point,
        provenance: e.provenance,
      })),
    },
    sourceFiles: new Map(sources.map((s) => [s.id, s.file])),
  };
  const stats: DatasetStats = {
    sources: sources.length,
    mentions: mentions.features.length,
    places: places.features.filter((f) => f.properties.mentionCount > 0).length,
    unresolved: dataset.unresolved.length,
    droppedAsFurniture: annotated.reduce((n, a) => n + a.droppedAsFurniture, 0),
    corrected: countStatus(mentions, 'corrected'),
    added: countStatus(mentions, 'added'),
    reviewed: countStatus(mentions, 'reviewed'),
  };
  return { dataset, stats, warnings };
}

function countStatus(mentions: MentionCollection, status: MentionStatus): number {
  let n = 0;
  for (const f of mentions.features) if (f.properties.status === status) n++;
  return n;
}

/**
 * File name (relative to the output directory) → content. Paths follow DATA_PATHS.
 * mentions.geojson is the whole analysis file; the map reads mention-index.json for its first
 * frame and quotes/ on demand (src/shared/mention-index.ts).
 */
export function datasetFiles(dataset: Dataset): Map<string, FileContent> {
  const files = new Map<string, FileContent>([
    ['view.json', firstViewFile(dataset.places)],
    ['places.geojson', JSON.stringify(dataset.places)],
    ['mentions.geojson', featureCollectionChunks(dataset.mentions)],
    ['sources.json', JSON.stringify(dataset.sources, null, 2)],
    ['unresolved.json', JSON.stringify(dataset.unresolved, null, 2)],
    ['corrections.json', JSON.stringify(dataset.corrections)],
  ]);
  for (const [name, content] of appMentionFiles(dataset)) files.set(name, content);
  for (const [id, body] of dataset.texts) files.set(`texts/${id}.txt`, body);
  return files;
}

/** The map's first view (data/view.json), so that it need not wait for the places to frame them. */
export function firstViewFile(places: PlaceCollection): string {
  const view: FirstView = { version: 1, bounds: citedBounds(places.features) };
  return JSON.stringify(view);
}

/** The map's mention files: the compact index and one quotes file per piece of a source. */
export function appMentionFiles(
  dataset: Pick<Dataset, 'places' | 'mentions' | 'sources'>,
): Map<string, string> {
  const { index, quotes } = encodeMentions(
    dataset.places.features,
    dataset.sources.sources,
    dataset.mentions.features.map((f) => f.properties),
  );
  const files = new Map<string, string>([['mention-index.json', JSON.stringify(index)]]);
  for (const [name, file] of quotes) files.set(name, JSON.stringify(file));
  return files;
}

/** Features per chunk: each chunk stays far below V8's longest string. */
const FEATURES_PER_CHUNK = 10_000;

/**
 * JSON.stringify(collection), as chunks: two million mentions (the README's 50 MB example)
 * make more than V8's longest string, about 2^29 characters.
 */
export function featureCollectionChunks(collection: MentionCollection): string[] {
  const { features, ...rest } = collection;
  const head = JSON.stringify({ ...rest, features: [] }).slice(0, -2);
  const chunks: string[] = [];
  for (let i = 0; i < features.length; i += FEATURES_PER_CHUNK) {
    const json = features.slice(i, i + FEATURES_PER_CHUNK).map((f) => JSON.stringify(f));
    chunks.push(`${i === 0 ? head : ','}${json.join(',')}`);
  }
  if (chunks.length === 0) chunks.push(head);
  chunks.push(']}');
  return chunks;
}
