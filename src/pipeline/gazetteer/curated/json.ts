/**
 * A small JSON parser that remembers where every value is, so a problem in a curated file can
 * point at the exact line and column of the offending value (JSON.parse cannot).
 */

export type JsonNode =
  | { type: 'object'; start: number; end: number; entries: JsonProperty[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number };

export interface JsonProperty {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

export function parseJsonWithPositions(text: string): JsonNode {
  let i = 0;
  const fail = (expected: string): never => {
    const found = i < text.length ? JSON.stringify(text.charAt(i)) : 'end of file';
    throw new JsonSyntaxError(`expected ${expected}, found ${found}`, i);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const str = (): { value: string; start: number; end: number } => {
    const start = i;
    if (text.charAt(i) !== '"') fail('a string');
    i++;
    while (i < text.length && text.charAt(i) !== '"') {
      if (text.charAt(i) === '\\') i++;
      i++;
    }
    if (i >= text.length) fail('a closing quote');
    i++;
    return { value: JSON.parse(text.slice(start, i)) as string, start, end: i };
  };
  const value = (): JsonNode => {
    ws();
    const start = i;
    const ch = text.charAt(i);
    if (ch === '{') {
      i++;
      const entries: JsonProperty[] = [];
      ws();
      if (text.charAt(i) === '}') {
        i++;
        return { type: 'object', start, end: i, entries };
      }
      for (;;) {
        ws();
        const key = str();
        ws();
        if (text.charAt(i) !== ':') fail('":"');
        i++;
        entries.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value: value() });
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === '}') {
          i++;
          return { type: 'object', start, end: i, entries };
        }
        fail('"," or "}"');
      }
    }
    if (ch === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text.charAt(i) === ']') {
        i++;
        return { type: 'array', start, end: i, items };
      }
      for (;;) {
        items.push(value());
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === ']') {
          i++;
          return { type: 'array', start, end: i, items };
        }
        fail('"," or "]"');
      }
    }
    if (ch === '"') {
      const s = str();
      return { type: 'string', start, end: s.end, value: s.value };
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (number) {
      i += number[0].length;
      return { type: 'number', start, end: i, value: Number(number[0]) };
    }
    for (const [word, node] of [
      ['true', { type: 'boolean', value: true }],
      ['false', { type: 'boolean', value: false }],
      ['null', { type: 'null' }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { ...node, start, end: i } as JsonNode;
      }
    }
    return fail('a JSON value');
  };
  const root = value();
  ws();
  if (i < text.length) fail('end of file');
  return root;
}

/** The plain value of a node (what JSON.parse would give). */
export function plain(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
    case 'array':
      return node.items.map(plain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

export function member(node: JsonNode | undefined, key: string): JsonProperty | undefined {
  return node?.type === 'object' ? node.entries.find((e) => e.key === key) : undefined;
}
