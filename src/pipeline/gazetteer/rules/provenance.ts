/** Every curated record (entry, fix, alias) says where its names and coordinates come from. */

import { problemAt, type Rule, recordNodes } from '../curated/document.ts';
import { member } from '../curated/json.ts';

export const provenance: Rule = {
  name: 'provenance',
  check: ({ files }) =>
    files.flatMap((file) =>
      recordNodes(file)
        .filter(({ list }) => list !== 'demonyms')
        .flatMap(({ node }) => {
          const p = member(node, 'provenance');
          if (!p) return [problemAt(file, node, 'expected a "provenance" string, found none')];
          if (p.value.type !== 'string' || p.value.value.trim() === '')
            return [
              problemAt(
                file,
                p.value,
                'expected a non-empty "provenance" string, found an empty one',
              ),
            ];
          return [];
        }),
    ),
};
