/** Sources under data/sources/ need their metadata: the file must open with `---`. */
import { problemAt, shown } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const frontMatterMissing: Rule<DecodedSourceFile> = {
  name: 'front-matter-missing',
  check({ file, content, frontMatter }) {
    if (frontMatter.present) return [];
    const nl = content.indexOf('\n');
    const firstLine = content.slice(0, nl === -1 ? content.length : nl).replace(/\r$/, '');
    return [
      problemAt(
        file,
        content,
        { start: 0, end: firstLine.length },
        'error',
        `expected front matter opening with '---', found ${shown(firstLine)}`,
      ),
    ];
  },
};
