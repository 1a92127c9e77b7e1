/** Front matter but no text: kept (it is listed, with no mentions) but worth a warning. */
import { problemAt } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const emptyBody: Rule<DecodedSourceFile> = {
  name: 'empty-body',
  check({ file, content, frontMatter }) {
    if (!frontMatter.closed || content.slice(frontMatter.bodyStart).trim() !== '') return [];
    const end = { start: content.length, end: content.length };
    return [
      problemAt(file, content, end, 'warning', 'expected text after the front matter, found none'),
    ];
  },
};
