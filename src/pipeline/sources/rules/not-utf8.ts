/** Sources must be UTF-8: point at the first byte that is not. */
import { decodeUtf8 } from '../../text/utf8.ts';
import type { RawSourceFile, Rule } from '../types.ts';

export const notUtf8: Rule<RawSourceFile> = {
  name: 'not-utf8',
  check({ file, bytes }) {
    const decoded = decodeUtf8(bytes);
    if (decoded.ok) return [];
    const from = decoded.position;
    return [
      {
        file,
        from,
        to: { ...from, column: from.column + 1, offset: from.offset + 1 },
        severity: 'error',
        message: `expected UTF-8 text, found invalid ${decoded.found} at byte ${decoded.byteOffset}`,
      },
    ];
  },
};
