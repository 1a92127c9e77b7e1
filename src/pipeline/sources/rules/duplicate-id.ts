/** Ids must be unique across sources: both files are reported, each pointing at the other. */
import { problemAt } from '../problem.ts';
import type { DecodedSourceFile, Rule } from '../types.ts';

export const duplicateId: Rule<readonly DecodedSourceFile[]> = {
  name: 'duplicate-id',
  check(files) {
    const byId = new Map<string, DecodedSourceFile[]>();
    for (const f of files) {
      const id = f.fields.get('id')?.value;
      if (!id) continue;
      byId.set(id, [...(byId.get(id) ?? []), f]);
    }
    return [...byId.entries()]
      .filter(([, group]) => group.length > 1)
      .flatMap(([id, group]) =>
        group.map((f) => {
          const others = group.filter((g) => g !== f).map((g) => g.file);
          const span = f.fields.get('id')?.valueSpan ?? { start: 0, end: 0 };
          return problemAt(
            f.file,
            f.content,
            span,
            'error',
            `expected a unique id, found '${id}' also in ${others.join(', ')}`,
          );
        }),
      );
  },
};
