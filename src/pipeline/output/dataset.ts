/**
 * Everything `npm run data` writes, built in memory first so it can be validated as a whole
 * before a single byte reaches public/data.
 */
import path from 'node:path';
import type {
  MentionCollection,
  PlaceCollection,
  SourcesFile,
  UnresolvedMention,
} from '../../shared/types.ts';
import type { Geoparser } from '../geoparse/types.ts';
import type { Problem } from '../problems.ts';
import { RESULT_RULES } from '../sources/rules/index.ts';
import type { Source } from '../sources/types.ts';
import { type AnnotatedSource, annotateSource } from './annotate.ts';
import { buildMentions } from './mentions.ts';
import { buildPlaces } from './places.ts';

export interface Dataset {
  places: PlaceCollection;
  mentions: MentionCollection;
  sources: SourcesFile;
  unresolved: UnresolvedMention[];
  /** Source id → body text (for texts/<id>.txt and the offset checks). */
  texts: Map<string, string>;
  /** Source id → its path as problems give it (repository-relative), for check messages. */
  sourceFiles: Map<string, string>;
}

export interface DatasetStats {
  sources: number;
  mentions: number;
  places: number;
  unresolved: number;
  droppedAsBoilerplate: number;
}

export function buildDataset(
  sources: readonly Source[],
  geoparser: Geoparser,
): { dataset: Dataset; stats: DatasetStats; warnings: Problem[] } {
  const annotated: AnnotatedSource[] = sources.map((s) => annotateSource(s, geoparser));
  const warnings = annotated.flatMap((a) =>
    RESULT_RULES.flatMap((rule) =>
      rule.check({
        source: a.source,
        mentionCount: a.mentions.length,
        unresolvedCount: a.unresolved.length,
      }),
    ),
  );
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
    sourceFiles: new Map(sources.map((s) => [s.id, s.file])),
  };
  const stats: DatasetStats = {
    sources: sources.length,
    mentions: mentions.features.length,
    places: places.features.filter((f) => f.properties.mentionCount > 0).length,
    unresolved: dataset.unresolved.length,
    droppedAsBoilerplate: annotated.reduce((n, a) => n + a.droppedAsBoilerplate, 0),
  };
  return { dataset, stats, warnings };
}

/** File name (relative to the output directory) → content. Paths follow DATA_PATHS. */
export function datasetFiles(dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>([
    ['places.geojson', JSON.stringify(dataset.places)],
    ['mentions.geojson', JSON.stringify(dataset.mentions)],
    ['sources.json', JSON.stringify(dataset.sources, null, 2)],
    ['unresolved.json', JSON.stringify(dataset.unresolved, null, 2)],
  ]);
  for (const [id, body] of dataset.texts) files.set(`texts/${id}.txt`, body);
  return files;
}
