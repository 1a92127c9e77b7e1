/** A file that could not be read as a regular file (see read-file.ts): nothing else to check. */
import type { RawSourceFile, Rule } from '../types.ts';

const START = { line: 1, column: 1, offset: 0 };

export const unreadable: Rule<RawSourceFile> = {
  name: 'unreadable',
  check({ file, unreadable: problem }) {
    if (problem === undefined) return [];
    return [{ file, from: START, to: START, severity: 'error', message: problem }];
  },
};
