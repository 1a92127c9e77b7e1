/**
 * data/corrections/<source-id>.json → checked corrections, each with where it stands in its
 * file, and every problem found (the file's name must be its source's id; each entry checked
 * with the rules the app and the dev server use, src/shared/corrections.ts).
 */
import path from 'node:path';
import {
  type Correction,
  correctionProblem,
  SOURCE_ID,
  toCorrection,
} from '../../shared/corrections.ts';
import {
  type JsonNode,
  JsonSyntaxError,
  member,
  parseJsonWithPositions,
  plain,
} from '../gazetteer/curated/json.ts';
import { type TextPosition as Position, type Problem, positionAt } from '../problems.ts';

export interface PlacedCorrection {
  correction: Correction;
  /** The corrections file, as problems name it. */
  file: string;
  /** Where the entry starts in that file. */
  at: Position;
}

export interface CorrectionsFileResult {
  /** Source id the file is for (its name), or null when the file could not be read at all. */
  source: string | null;
  corrections: PlacedCorrection[];
  problems: Problem[];
}

function problem(
  file: string,
  text: string,
  node: { start: number; end: number } | null,
  message: string,
): Problem {
  const from = positionAt(text, node?.start ?? 0);
  const to = positionAt(text, node?.end ?? 0);
  return { file, from, to, severity: 'error', message };
}

export function parseCorrectionsFile(file: string, text: string): CorrectionsFileResult {
  const name = path.basename(file, '.json');
  const problems: Problem[] = [];
  if (!SOURCE_ID.test(name)) {
    problems.push(
      problem(
        file,
        text,
        null,
        `expected the file to be named after a source id (lower-case letters, digits and hyphens), found "${name}.json"`,
      ),
    );
    return { source: null, corrections: [], problems };
  }
  let root: JsonNode;
  try {
    root = parseJsonWithPositions(text);
  } catch (error) {
    const offset = error instanceof JsonSyntaxError ? error.offset : 0;
    const at = { start: offset, end: offset };
    problems.push(problem(file, text, at, `invalid JSON: ${(error as Error).message}`));
    return { source: name, corrections: [], problems };
  }
  if (root.type !== 'object') {
    problems.push(
      problem(
        file,
        text,
        root,
        `expected an object with "source" and "corrections", found ${root.type}`,
      ),
    );
    return { source: name, corrections: [], problems };
  }
  const source = member(root, 'source');
  if (source?.value.type !== 'string' || source.value.value !== name) {
    const found = source ? JSON.stringify(plain(source.value)) : 'none';
    problems.push(
      problem(
        file,
        text,
        source?.value ?? root,
        `expected "source": "${name}" (the file's name), found ${found}`,
      ),
    );
  }
  const list = member(root, 'corrections')?.value;
  if (list?.type !== 'array') {
    problems.push(problem(file, text, list ?? root, 'expected "corrections" to be a list'));
    return { source: name, corrections: [], problems };
  }
  const corrections: PlacedCorrection[] = [];
  const seen = new Map<string, Position>();
  for (const node of list.items) {
    const value = plain(node);
    const why = correctionProblem(value);
    if (why) {
      problems.push(problem(file, text, node, why));
      continue;
    }
    const correction = toCorrection(value as Record<string, unknown>);
    const at = positionAt(text, node.start);
    const key = `${correction.start}:${correction.end}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        problem(
          file,
          text,
          node,
          `expected one correction of the words at ${correction.start}–${correction.end}, found another (first at line ${first.line})`,
        ),
      );
      continue;
    }
    seen.set(key, at);
    corrections.push({ correction, file, at });
  }
  return { source: name, corrections, problems };
}
