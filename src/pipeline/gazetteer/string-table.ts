/**
 * Strings as UTF-8 bytes plus an offset table, so a table of hundreds of thousands of names is
 * two typed arrays (shareable between threads) instead of as many heap strings. A string is
 * decoded only when asked for; lookups compare bytes, never decoding.
 *
 * Byte order is the order binary search relies on: UTF-8 bytes sort as Unicode code points,
 * which is NOT the order of JavaScript's `<` (UTF-16 code units) once a string holds characters
 * past U+FFFF. Writers must sort with compareUtf8 / Buffer.compare.
 */

export class StringTable {
  private readonly text: Buffer;

  /** offsets has count + 1 entries: string i is bytes[offsets[i] .. offsets[i + 1]). */
  constructor(
    readonly offsets: Int32Array,
    readonly bytes: Uint8Array,
  ) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  at(i: number): string {
    return this.text.toString('utf8', this.offsets[i] as number, this.offsets[i + 1] as number);
  }

  /** Sign of (string i) − query, by bytes. */
  compare(i: number, query: Uint8Array, queryLength: number): number {
    const bytes = this.bytes;
    const from = this.offsets[i] as number;
    const length = (this.offsets[i + 1] as number) - from;
    const n = length < queryLength ? length : queryLength;
    for (let k = 0; k < n; k++) {
      const d = (bytes[from + k] as number) - (query[k] as number);
      if (d !== 0) return d;
    }
    return length - queryLength;
  }

  /**
   * Position of `query` in the byte-sorted table, or -1. With `order`, the table is sorted
   * through that permutation (position p holds string order[p]) and the string's index is
   * returned.
   */
  find(query: Uint8Array, queryLength: number, order?: Int32Array): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const i = order ? (order[mid] as number) : mid;
      const c = this.compare(i, query, queryLength);
      if (c < 0) lo = mid + 1;
      else if (c > 0) hi = mid - 1;
      else return i;
    }
    return -1;
  }
}

/** Encodes a query once per lookup into a reused buffer (no allocation for short keys). */
export class QueryEncoder {
  private readonly encoder = new TextEncoder();
  private scratch = new Uint8Array(256);

  /** The query's bytes, valid until the next call. */
  encode(query: string): { bytes: Uint8Array; length: number } {
    if (query.length * 3 > this.scratch.length) this.scratch = new Uint8Array(query.length * 3);
    const { written } = this.encoder.encodeInto(query, this.scratch);
    return { bytes: this.scratch, length: written };
  }
}

/**
 * The byte order of StringTable (code point order), without encoding: UTF-16 order differs
 * from it only where a surrogate (a character past U+FFFF) meets a unit in U+E000..U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    let x = a.charCodeAt(k);
    let y = b.charCodeAt(k);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x < 0xe000 ? x + 0x2000 : x - 0x800;
      y = y < 0xe000 ? y + 0x2000 : y - 0x800;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Offsets and bytes of `strings`, in the order given. */
export function encodeStrings(strings: readonly string[]): {
  offsets: Int32Array;
  bytes: Uint8Array;
} {
  const parts = strings.map((s) => Buffer.from(s, 'utf8'));
  const offsets = new Int32Array(strings.length + 1);
  let at = 0;
  parts.forEach((p, i) => {
    offsets[i] = at;
    at += p.length;
  });
  offsets[strings.length] = at;
  return { offsets, bytes: Buffer.concat(parts) };
}
