/** Output checks: each small rule inspects the built dataset and returns its issues. */
import { terminalSafe } from '../../terminal.ts';
import type { Dataset } from '../dataset.ts';

export interface OutputIssue {
  /** Output file, relative to the output directory (e.g. "places.geojson"). */
  file: string;
  /** JSON path inside it, e.g. "features[3].geometry.coordinates[0][2]". */
  path: string;
  message: string;
}

export interface OutputCheck {
  name: string;
  check(dataset: Dataset): OutputIssue[];
}

export function formatIssue(issue: OutputIssue, dir = 'public/data'): string {
  return terminalSafe(`${dir}/${issue.file}: error: ${issue.path}: ${issue.message}`);
}
