/** A NUL byte means this is not a text file (an image, a PDF, a UTF-16 file…). */
import { positionAt } from '../../problems.ts';
import type { RawSourceFile, Rule } from '../types.ts';

const lossy = new TextDecoder('utf-8');

export const binary: Rule<RawSourceFile> = {
  name: 'binary',
  check({ file, bytes }) {
    const at = bytes.indexOf(0);
    if (at === -1) return [];
    const prefix = lossy.decode(bytes.subarray(0, at));
    const from = positionAt(prefix, prefix.length);
    return [
      {
        file,
        from,
        to: { ...from, column: from.column + 1, offset: from.offset + 1 },
        severity: 'error',
        message: `expected a UTF-8 text file, found a NUL byte at byte ${at} (binary content)`,
      },
    ];
  },
};
