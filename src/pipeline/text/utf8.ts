/**
 * Strict UTF-8 decoding that says where it fails. TextDecoder with `fatal` tells only that
 * the bytes are invalid; the first invalid sequence is found by a linear scan so the problem
 * can point at a line and column.
 */
import type { TextPosition } from '../problems.ts';
import { positionAt } from '../problems.ts';

export type Decoded =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; byteOffset: number; position: TextPosition; found: string };

/** Byte length of a valid UTF-8 sequence starting at i, or 0 if the sequence is invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (k: number): boolean => ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if (b0 === 0xe0 && b1 < 0xa0) return 0; // overlong
    if (b0 === 0xed && b1 > 0x9f) return 0; // surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if (b0 === 0xf0 && b1 < 0x90) return 0;
    if (b0 === 0xf4 && b1 > 0x8f) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The not-UTF-8 rule decodes a file to check it, then its reader decodes it for its text: the
 * same bytes, so the second call takes the first's result.
 */
const decodedOnce = new WeakMap<Uint8Array, Decoded>();

export function decodeUtf8(bytes: Uint8Array): Decoded {
  let decoded = decodedOnce.get(bytes);
  if (decoded === undefined) {
    decoded = decode(bytes);
    decodedOnce.set(bytes, decoded);
  }
  return decoded;
}

function decode(bytes: Uint8Array): Decoded {
  try {
    let text = strict.decode(bytes);
    // Keep the BOM out of the text (and so out of every offset); the caller warns about it.
    const hadBom = text.charCodeAt(0) === 0xfeff;
    if (hadBom) text = text.slice(1);
    return { ok: true, text, hadBom };
  } catch {
    const byteOffset = firstInvalidUtf8(bytes);
    const at = Math.max(0, byteOffset);
    const prefix = strict.decode(bytes.subarray(0, at));
    const start = prefix.charCodeAt(0) === 0xfeff ? 1 : 0;
    const position = positionAt(prefix.slice(start), prefix.length - start);
    const found = `byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}`;
    return { ok: false, byteOffset: at, position, found };
  }
}
