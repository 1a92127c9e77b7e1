/**
 * Problems with input files (sources, curated gazetteer) are data, not thrown strings:
 * each points at the narrowest span and says what was expected and what was found.
 * Modelled on placemark/check-geojson.
 */
import { terminalSafe } from './terminal.ts';

export type Severity = 'error' | 'warning';

export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based UTF-16 offset into the file's content. */
  offset: number;
}

export interface Problem {
  /** Path relative to the repository root (or as given on the command line). */
  file: string;
  from: TextPosition;
  to: TextPosition;
  severity: Severity;
  /** "expected …, found …" wherever that applies. */
  message: string;
}

/** Line, column and offset of a UTF-16 offset in a text. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1, offset: end };
}

/** "data/sources/x.txt:3:7: error: expected …, found …" — one line per problem, like a compiler. */
export function formatProblem(problem: Problem): string {
  const { file, from, severity, message } = problem;
  return terminalSafe(`${file}:${from.line}:${from.column}: ${severity}: ${message}`);
}

export class ProblemsError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ProblemsError';
  }
}
