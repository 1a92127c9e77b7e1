/** The file is expected to be named after its id, so sources are easy to find. */
import path from 'node:path';
import { problemAt } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';
import { ID_PATTERN } from './bad-id.ts';

/** "reports/report.pdf" → "report": the id a file is expected to have (any extension). */
export function fileStem(file: string): string {
  return path.basename(file).replace(/\.[^.]*$/, '');
}

export const idFileName: Rule<DecodedSourceFile> = {
  name: 'id-file-name',
  check({ file, content, fields }) {
    const id = fields.get('id');
    if (!id || !ID_PATTERN.test(id.value)) return [];
    // Any extension: report.pdf in the sources folder is the source 'report'.
    if (fileStem(file) === id.value) return [];
    return [
      problemAt(
        file,
        content,
        id.valueSpan,
        'warning',
        `expected the file to be named ${id.value}.txt, found ${path.basename(file)}`,
      ),
    ];
  },
};
