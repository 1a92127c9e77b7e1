/**
 * The k largest keys, by selection rather than a full sort (the map labels a few hundred of
 * thousands of places on every filter change), and the places list's ranking (k = all: a
 * native sort of plain numbers, no comparator called).
 */

/** Each key and its index packed into one number (key first, then the lower index), exactly. */
const INDEX_SPAN = 2 ** 23;
const KEY_LIMIT = 2 ** 29;

/**
 * Indices of the k largest keys above zero, largest first; equal keys in index order (what a
 * stable sort by descending key would give). Keys of zero or less are never chosen. Keys are
 * whole numbers below 2^29, and there are fewer than 2^23 of them.
 */
export function topK(keys: Float64Array, k: number): Int32Array {
  if (keys.length > INDEX_SPAN)
    throw new RangeError(`topK: ${keys.length} keys, at most ${INDEX_SPAN}`);
  // Packed, every candidate is a distinct plain number: compared without a function call.
  const packed = new Float64Array(keys.length);
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key <= 0) continue;
    if (key >= KEY_LIMIT)
      throw new RangeError(`topK: key ${key} at ${i}, below ${KEY_LIMIT} expected`);
    packed[n++] = key * INDEX_SPAN + (INDEX_SPAN - 1 - i);
  }
  const want = Math.max(0, Math.min(k, n));
  if (want > 0 && want < n) selectLargest(packed, n, want);
  const top = packed.slice(0, want).sort();
  const out = new Int32Array(want);
  for (let r = 0; r < want; r++) out[r] = INDEX_SPAN - 1 - (top[want - 1 - r]! % INDEX_SPAN);
  return out;
}

/**
 * Reorders values[0..n) (distinct numbers) so that its first k are its k largest, in no
 * particular order among themselves: quickselect, partitioning around the middle value.
 */
function selectLargest(values: Float64Array, n: number, k: number): void {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const pivot = values[mid]!;
    values[mid] = values[hi]!;
    values[hi] = pivot;
    // The values larger than the pivot go to the front of [lo, hi), then the pivot after them.
    let store = lo;
    for (let i = lo; i < hi; i++) {
      const v = values[i]!;
      if (v > pivot) {
        values[i] = values[store]!;
        values[store] = v;
        store++;
      }
    }
    values[hi] = values[store]!;
    values[store] = pivot;
    if (store === k - 1 || store === k) return;
    if (store < k) lo = store + 1;
    else hi = store - 1;
  }
}
