/** Building Problems from spans of a decoded source. */
import { type Problem, positionAt, type Severity } from '../problems.ts';
import { terminalSafe } from '../terminal.ts';
import type { TextRange } from '../text/ranges.ts';

export function problemAt(
  file: string,
  content: string,
  span: TextRange,
  severity: Severity,
  message: string,
): Problem {
  const from = positionAt(content, span.start);
  // Same line as `from` in the common case: reuse it instead of rescanning from 0.
  const between = content.slice(span.start, span.end);
  const lastNl = between.lastIndexOf('\n');
  const to =
    lastNl === -1
      ? { line: from.line, column: from.column + between.length, offset: span.end }
      : positionAt(content, span.end);
  return { file, from, to, severity, message };
}

/** Show a found value in a message: quoted, shortened, control characters made visible. */
export function shown(value: string, max = 40): string {
  const short = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return `'${terminalSafe(short)}'`;
}

/** "U+0430": how to name a character that cannot be told apart by eye. */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
