/** A UTF-8 byte-order mark is harmless but invisible: it is removed, with a warning. */
import type { DecodedSourceFile, Rule } from '../types.ts';

export const bom: Rule<DecodedSourceFile> = {
  name: 'bom',
  check({ file, hadBom }) {
    if (!hadBom) return [];
    const at = { line: 1, column: 1, offset: 0 };
    return [
      {
        file,
        from: at,
        to: at,
        severity: 'warning',
        message:
          'expected UTF-8 without a byte-order mark, found a BOM (removed; offsets count from after it)',
      },
    ];
  },
};
