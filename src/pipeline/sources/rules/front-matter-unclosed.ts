/** A front matter block opened with `---` must be closed by another `---` line. */
import { problemAt, shown } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const frontMatterUnclosed: Rule<DecodedSourceFile> = {
  name: 'front-matter-unclosed',
  check({ file, content, frontMatter }) {
    if (!frontMatter.present || frontMatter.closed) return [];
    // Point at the first line that is not a field: that is where '---' was forgotten.
    const at = frontMatter.firstNonField;
    if (at) {
      return [
        problemAt(
          file,
          content,
          at,
          'error',
          `expected '---' closing the front matter opened at line 1, found ${shown(content.slice(at.start, at.end))}`,
        ),
      ];
    }
    return [
      problemAt(
        file,
        content,
        { start: content.length, end: content.length },
        'error',
        "expected '---' closing the front matter opened at line 1, found end of file",
      ),
    ];
  },
};
