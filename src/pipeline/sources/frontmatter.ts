/**
 * A deliberately small front-matter reader (not YAML): `key: value` lines between two `---`
 * lines, values optionally in double or single quotes. Small enough that every problem can
 * point at an exact line and column. Not the `yaml` package: it reads these blocks another
 * way (a line without a colon is text to it, "C:\new" an escape, an indented key a field,
 * "title: Kabul: the city" an error) and types values (2021 a number), so sources that build
 * today would fail or change.
 *
 * Offsets are UTF-16 offsets into the content as read (BOM removed); "\r\n" line ends are
 * accepted and the "\r" is never part of a key or value.
 */
import type { TextRange } from '../text/ranges.ts';

export interface FrontMatterField {
  key: string;
  /** Value with quotes removed and escapes resolved; '' when empty. */
  value: string;
  keySpan: TextRange;
  /** Span of the value as written (quotes included); empty span right after the colon if none. */
  valueSpan: TextRange;
}

export interface MalformedLine {
  span: TextRange;
  /** What was expected there, for the problem message. */
  expected: string;
}

export interface FrontMatter {
  /** The content starts with a `---` line. */
  present: boolean;
  /** The block has its closing `---` line. */
  closed: boolean;
  /** Span of the opening `---` line. */
  open: TextRange;
  fields: FrontMatterField[];
  malformed: MalformedLine[];
  /** When not closed: the first line that cannot be front matter (likely the body). */
  firstNonField: TextRange | null;
  /** Offset where the body starts (0 without front matter). */
  bodyStart: number;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:/;

interface Line {
  start: number;
  /** End excluding "\r\n" / "\n". */
  end: number;
  /** Offset after the line break (or end of text). */
  next: number;
}

function lineAt(content: string, start: number): Line {
  const nl = content.indexOf('\n', start);
  const next = nl === -1 ? content.length : nl + 1;
  let end = nl === -1 ? content.length : nl;
  if (end > start && content.charCodeAt(end - 1) === 13) end--;
  return { start, end, next };
}

function isFence(content: string, line: Line): boolean {
  return content.slice(line.start, line.end).trimEnd() === '---';
}

type ValueResult =
  | { ok: true; value: string }
  | { ok: false; expected: string; at: number; length?: number };

/** Parse a (possibly quoted) value occupying content[start, end). */
function parseValue(content: string, start: number, end: number): ValueResult {
  const raw = content.slice(start, end);
  const quote = raw[0];
  if (quote !== '"' && quote !== "'") return { ok: true, value: raw };
  let value = '';
  let i = 1;
  while (i < raw.length) {
    const ch = raw[i] ?? '';
    if (quote === '"' && ch === '\\' && i + 1 < raw.length) {
      const escaped = raw[i + 1] ?? '';
      // Only \" and \\: "C:\new" must not quietly lose its backslash.
      if (escaped !== '"' && escaped !== '\\') {
        return {
          ok: false,
          expected: '\\" or \\\\ after a backslash (write \\\\ for a backslash)',
          at: start + i,
          length: 2,
        };
      }
      value += escaped;
      i += 2;
      continue;
    }
    if (ch === quote) {
      // YAML-style '' inside single quotes is one quote.
      if (quote === "'" && raw[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      if (raw.slice(i + 1).trim() !== '') {
        return { ok: false, expected: 'end of line after the closing quote', at: start + i + 1 };
      }
      return { ok: true, value };
    }
    value += ch;
    i++;
  }
  return { ok: false, expected: `a closing ${quote}`, at: end };
}

function parseField(content: string, line: Line): FrontMatterField | MalformedLine {
  const text = content.slice(line.start, line.end);
  const match = KEY.exec(text);
  if (!match) {
    return { span: { start: line.start, end: line.end }, expected: "a 'key: value' line" };
  }
  const key = match[1] ?? '';
  let valueStart = line.start + match[0].length;
  while (valueStart < line.end && /[ \t]/.test(content[valueStart] ?? '')) valueStart++;
  let valueEnd = line.end;
  while (valueEnd > valueStart && /[ \t]/.test(content[valueEnd - 1] ?? '')) valueEnd--;
  const parsed = parseValue(content, valueStart, valueEnd);
  if (!parsed.ok) {
    const end = parsed.length === undefined ? line.end : parsed.at + parsed.length;
    return { span: { start: parsed.at, end }, expected: parsed.expected };
  }
  return {
    key,
    value: parsed.value.trim(),
    keySpan: { start: line.start, end: line.start + key.length },
    valueSpan: { start: valueStart, end: valueEnd },
  };
}

export function parseFrontMatter(content: string): FrontMatter {
  const first = lineAt(content, 0);
  const none: FrontMatter = {
    present: false,
    closed: false,
    open: { start: 0, end: 0 },
    fields: [],
    malformed: [],
    firstNonField: null,
    bodyStart: 0,
  };
  if (content.length === 0 || !isFence(content, first)) return none;
  const fields: FrontMatterField[] = [];
  const malformed: MalformedLine[] = [];
  let firstNonField: TextRange | null = null;
  let pos = first.next;
  while (pos < content.length) {
    const line = lineAt(content, pos);
    if (isFence(content, line)) {
      return {
        present: true,
        closed: true,
        open: { start: first.start, end: first.end },
        fields,
        malformed,
        firstNonField: null,
        bodyStart: line.next,
      };
    }
    const text = content.slice(line.start, line.end);
    // Blank lines and # comments are allowed inside the block.
    if (text.trim() !== '' && !text.trimStart().startsWith('#')) {
      const parsed = parseField(content, line);
      if ('key' in parsed) fields.push(parsed);
      else {
        malformed.push(parsed);
        firstNonField ??= { start: line.start, end: line.end };
      }
    }
    pos = line.next;
  }
  // Unclosed: the fields seen are unreliable (the body was read as front matter), so only
  // the unclosed block itself is reported, pointing at the first line that is not a field.
  return {
    present: true,
    closed: false,
    open: { start: first.start, end: first.end },
    fields: [],
    malformed: [],
    firstNonField,
    bodyStart: content.length,
  };
}
