/**
 * Metadata is shown in the sidebar, popups and panel: a megabyte title froze the page for
 * minutes. Titles, authors and publishers are bounded; the problem points where the limit is
 * passed.
 */
import { problemAt } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const MAX_LENGTHS: Readonly<Record<string, number>> = {
  title: 500,
  author: 200,
  publisher: 200,
};

export const tooLong: Rule<DecodedSourceFile> = {
  name: 'too-long',
  check({ file, content, fields }) {
    return Object.entries(MAX_LENGTHS).flatMap(([key, max]) => {
      const field = fields.get(key);
      if (!field || field.value.length <= max) return [];
      const { start, end } = field.valueSpan;
      // Past the first `max` characters of the value as written (a quote counts as one).
      const quoted = content[start] === '"' || content[start] === "'";
      const at = Math.min(end, start + (quoted ? 1 : 0) + max);
      return [
        problemAt(
          file,
          content,
          { start: at, end },
          'error',
          `expected ${/^[aeiou]/.test(key) ? 'an' : 'a'} ${key} of at most ${max} characters, found ${field.value.length}`,
        ),
      ];
    });
  },
};
