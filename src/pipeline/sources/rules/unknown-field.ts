/** Unknown keys are errors (a typo would otherwise silently drop metadata), with a suggestion. */
import { nearest } from '../nearest.ts';
import { problemAt } from '../problem.ts';
import { type DecodedSourceFile, KNOWN_FIELDS, type Rule } from '../types.ts';

const known: readonly string[] = KNOWN_FIELDS;

export const unknownField: Rule<DecodedSourceFile> = {
  name: 'unknown-field',
  check({ file, content, frontMatter }) {
    return frontMatter.fields
      .filter((field) => !known.includes(field.key))
      .map((field) => {
        const guess = nearest(field.key, known);
        const hint = guess ? ` (did you mean '${guess}'?)` : '';
        return problemAt(
          file,
          content,
          field.keySpan,
          'error',
          `expected one of ${known.join(', ')}, found unknown field '${field.key}'${hint}`,
        );
      });
  },
};
