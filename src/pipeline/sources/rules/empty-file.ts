/** An empty (or blank) file is skipped with a warning rather than failing the build. */
import type { DecodedSourceFile, Rule } from '../types.ts';

export const emptyFile: Rule<DecodedSourceFile> = {
  name: 'empty-file',
  check({ file, content }) {
    if (content.trim() !== '') return [];
    const at = { line: 1, column: 1, offset: 0 };
    return [
      {
        file,
        from: at,
        to: at,
        severity: 'warning',
        message: 'expected a source (front matter and text), found an empty file (skipped)',
      },
    ];
  },
};
