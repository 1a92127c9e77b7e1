/** A key given twice is ambiguous: which one did the author mean? */

import { positionAt } from '../../problems.ts';
import { problemAt } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const duplicateField: Rule<DecodedSourceFile> = {
  name: 'duplicate-field',
  check({ file, content, frontMatter, fields }) {
    return frontMatter.fields
      .filter((field) => fields.get(field.key) !== field)
      .map((field) => {
        const first = fields.get(field.key);
        const line = first ? positionAt(content, first.keySpan.start).line : 0;
        return problemAt(
          file,
          content,
          field.keySpan,
          'error',
          `expected each field once, found '${field.key}' again (first on line ${line})`,
        );
      });
  },
};
