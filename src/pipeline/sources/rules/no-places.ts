/** A source in which no place was found adds nothing to the map: worth a warning. */
import { problemAt } from '../problem.ts';
import type { Rule, SourceResult } from '../types.ts';

export const noPlaces: Rule<SourceResult> = {
  name: 'no-places',
  check({ source, mentionCount, unresolvedCount }) {
    if (mentionCount > 0 || source.body.trim() === '') return [];
    const unresolved = unresolvedCount > 0 ? ` (${unresolvedCount} unresolved)` : '';
    return [
      problemAt(
        source.file,
        source.content,
        { start: source.bodyStart, end: source.bodyStart },
        'warning',
        `expected at least one place in the text, found none${unresolved}`,
      ),
    ];
  },
};
