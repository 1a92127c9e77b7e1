/** Ids name files and URLs: lower-case letters, digits and hyphens only. */
import { codePoint, problemAt, shown } from '../problem.ts';
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
    // A character from another script that looks like a-z ('а', U+0430): name it, point at it.
    const foreign = [...id.value].findIndex((ch) => ch.charCodeAt(0) > 0x7f);
    if (foreign !== -1) {
      const ch = [...id.value][foreign] as string;
      const at = id.valueSpan.start + [...id.value].slice(0, foreign).join('').length;
      return [
        problemAt(
          file,
          content,
          { start: at, end: at + ch.length },
          'error',
          `expected an id of lower-case letters, digits and hyphens, found ${found} with ${shown(ch)} (${codePoint(ch)}), not a Latin letter a–z, digit or hyphen`,
        ),
      ];
    }
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
