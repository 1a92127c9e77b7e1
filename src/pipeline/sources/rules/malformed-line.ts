/** Every line inside the front matter is `key: value` (or blank, or a # comment). */
import { problemAt, shown } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const malformedLine: Rule<DecodedSourceFile> = {
  name: 'malformed-line',
  check({ file, content, frontMatter }) {
    return frontMatter.malformed.map((line) => {
      const found = content.slice(line.span.start, line.span.end);
      return problemAt(
        file,
        content,
        line.span,
        'error',
        `expected ${line.expected}, found ${found === '' ? 'end of line' : shown(found)}`,
      );
    });
  },
};
