/** Every source needs a title: it is how the map names it. */
import { problemAt } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const missingTitle: Rule<DecodedSourceFile> = {
  name: 'missing-title',
  check({ file, content, frontMatter, fields }) {
    if (!frontMatter.closed) return [];
    const title = fields.get('title');
    if (!title) {
      return [
        problemAt(file, content, frontMatter.open, 'error', "expected a 'title' field, found none"),
      ];
    }
    if (title.value !== '') return [];
    return [
      problemAt(file, content, title.valueSpan, 'error', 'expected a title, found an empty value'),
    ];
  },
};
