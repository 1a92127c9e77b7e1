/** Ids are unique across all curated entry files. */
import type { Problem } from '../../problems.ts';
import { entryNodes, problemAt, type Rule, stringAt } from '../curated/document.ts';

export const duplicateId: Rule = {
  name: 'duplicate-id',
  check: ({ files }) => {
    const seen = new Map<string, string>();
    const problems: Problem[] = [];
    for (const file of files) {
      for (const entry of entryNodes(file)) {
        const id = stringAt(entry, 'id');
        if (!id) continue;
        const first = seen.get(id.value);
        if (first)
          problems.push(
            problemAt(
              file,
              id.node,
              `expected a unique id, found "${id.value}" again (first at ${first})`,
            ),
          );
        else {
          const pos = problemAt(file, id.node, '');
          seen.set(id.value, `${file.file}:${pos.from.line}:${pos.from.column}`);
        }
      }
    }
    return problems;
  },
};
