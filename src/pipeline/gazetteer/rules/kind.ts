/** "kind" is one of the PlaceKind values. */
import { entryNodes, PLACE_KINDS, problemAt, type Rule } from '../curated/document.ts';
import { member } from '../curated/json.ts';

export const kind: Rule = {
  name: 'kind',
  check: ({ files }) =>
    files.flatMap((file) =>
      entryNodes(file).flatMap((entry) => {
        const k = member(entry, 'kind');
        if (!k)
          return [
            problemAt(file, entry, `expected a "kind" (${PLACE_KINDS.join(', ')}), found none`),
          ];
        if (k.value.type === 'string' && (PLACE_KINDS as readonly string[]).includes(k.value.value))
          return [];
        const found = k.value.type === 'string' ? `"${k.value.value}"` : k.value.type;
        return [
          problemAt(
            file,
            k.value,
            `expected a kind among ${PLACE_KINDS.join(', ')}, found ${found}`,
          ),
        ];
      }),
    ),
};
