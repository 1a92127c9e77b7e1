/** Every source needs a title one can see: it is how the map names it. */
import { codePoint, problemAt } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

/** Spaces, format characters (U+200B zero width space, U+2060, U+FEFF…) and Hangul fillers. */
const INVISIBLE_ONLY = /^[\s\p{Cf}\u115f\u1160\u3164\uffa0]+$/u;

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
    const error = (message: string) => [
      problemAt(file, content, title.valueSpan, 'error', message),
    ];
    if (title.value === '') return error('expected a title, found an empty value');
    if (!INVISIBLE_ONLY.test(title.value)) return [];
    const codes = [...new Set(title.value)].map(codePoint).join(', ');
    return error(`expected a title, found only invisible characters (${codes})`);
  },
};
