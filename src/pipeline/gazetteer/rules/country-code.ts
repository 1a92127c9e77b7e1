/** Country codes (an entry's "country", area members, demonym countries) are known ISO alpha-2 codes. */
import type { Problem } from '../../problems.ts';
import { problemAt, type Rule, recordNodes } from '../curated/document.ts';
import { type JsonNode, member } from '../curated/json.ts';

function codeNodes(node: JsonNode): JsonNode[] {
  const out: JsonNode[] = [];
  const country = member(node, 'country')?.value;
  if (country?.type === 'string') out.push(country);
  const lists = [
    member(node, 'countries')?.value,
    member(member(node, 'area')?.value, 'countries')?.value,
  ];
  for (const list of lists) if (list?.type === 'array') out.push(...list.items);
  return out;
}

export const countryCode: Rule = {
  name: 'country-code',
  check: ({ files, countryCodes }) => {
    const problems: Problem[] = [];
    for (const file of files) {
      for (const { node } of recordNodes(file)) {
        for (const code of codeNodes(node)) {
          if (code.type === 'string' && countryCodes.has(code.value)) continue;
          const found = code.type === 'string' ? `"${code.value}"` : code.type;
          problems.push(
            problemAt(file, code, `expected an ISO 3166-1 alpha-2 country code, found ${found}`),
          );
        }
      }
    }
    return problems;
  },
};
