/** `published` is a date at year, month or day precision, or empty when unknown. */
import { parsePartialDate } from '../dates.ts';
import { problemAt, shown } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const badDate: Rule<DecodedSourceFile> = {
  name: 'bad-date',
  check({ file, content, fields }) {
    const published = fields.get('published');
    if (!published || published.value === '') return [];
    const result = parsePartialDate(published.value);
    if (result.ok) return [];
    return [
      problemAt(
        file,
        content,
        published.valueSpan,
        'error',
        `expected ${result.expected}, found ${shown(published.value)}`,
      ),
    ];
  },
};
