import { describe, expect, it } from 'vitest';
import {
  JsonSyntaxError,
  member,
  parseJsonWithPositions,
  plain,
} from '../../../src/pipeline/gazetteer/curated/json.ts';

describe('parseJsonWithPositions', () => {
  const text = '{\n  "a": [1, -2.5e1, "x\\"y"],\n  "b": { "c": null, "d": true }\n}';

  it('gives the same value as JSON.parse', () => {
    expect(plain(parseJsonWithPositions(text))).toEqual(JSON.parse(text));
  });

  it('records the span of every value', () => {
    const root = parseJsonWithPositions(text);
    const a = member(root, 'a')?.value;
    expect(a?.type).toBe('array');
    if (a?.type !== 'array') return;
    const [one, two, three] = a.items;
    expect(text.slice(one?.start, one?.end)).toBe('1');
    expect(text.slice(two?.start, two?.end)).toBe('-2.5e1');
    expect(text.slice(three?.start, three?.end)).toBe('"x\\"y"');
    const c = member(member(root, 'b')?.value, 'c')?.value;
    expect(text.slice(c?.start, c?.end)).toBe('null');
  });

  it.each(['{"a": }', '[1, 2', '{"a" 1}', '{} x', '"open'])('rejects %s with an offset', (bad) => {
    expect(() => parseJsonWithPositions(bad)).toThrow(JsonSyntaxError);
  });
});
