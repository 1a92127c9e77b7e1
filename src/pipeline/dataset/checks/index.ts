/** The output checks, run on the whole dataset before anything is written. */
import type { Dataset } from '../dataset.ts';
import { appMentionFiles } from './app-mention-files.ts';
import { closedRings } from './closed-rings.ts';
import { coordinateRange } from './coordinate-range.ts';
import { geojsonSpec } from './geojson-spec.ts';
import { lonlatOrder } from './lonlat-order.ts';
import { mentionOffsets } from './mention-offsets.ts';
import { mentionPlaceExists } from './mention-place-exists.ts';
import type { OutputCheck, OutputIssue } from './types.ts';
import { uniqueIds } from './unique-ids.ts';

export { formatIssue, type OutputCheck, type OutputIssue } from './types.ts';

export const OUTPUT_CHECKS: readonly OutputCheck[] = [
  geojsonSpec,
  coordinateRange,
  closedRings,
  lonlatOrder,
  uniqueIds,
  mentionPlaceExists,
  mentionOffsets,
  appMentionFiles,
];

export function validateDataset(dataset: Dataset, checks = OUTPUT_CHECKS): OutputIssue[] {
  return checks.flatMap((c) => c.check(dataset));
}
