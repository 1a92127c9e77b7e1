/** Ids name files and URLs: lower-case letters, digits and hyphens only. */
import { problemAt, shown } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const ID_PATTERN = /^[a-z0-9-]+$/;

export const badId: Rule<DecodedSourceFile> = {
  name: 'bad-id',
  check({ file, content, frontMatter, fields }) {
    if (!frontMatter.closed) return [];
    const id = fields.get('id');
    if (!id) {
      return [
        problemAt(file, content, frontMatter.open, 'error', "expected an 'id' field, found none"),
      ];
    }
    if (ID_PATTERN.test(id.value)) return [];
    const found = id.value === '' ? 'an empty value' : shown(id.value);
    return [
      problemAt(
        file,
        content,
        id.valueSpan,
        'error',
        `expected an id of lower-case letters, digits and hyphens, found ${found}`,
      ),
    ];
  },
};
