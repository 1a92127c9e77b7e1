/**
 * The k largest keys, by selection rather than a full sort: the map labels a few hundred of
 * thousands of places on every filter change.
 */

/**
 * Indices of the k largest keys above zero, largest first; equal keys in index order (what a
 * stable sort by descending key would give). Keys of zero or less are never chosen.
 */
export function topK(keys: Float64Array, k: number): Int32Array {
  const chosen = new Int32Array(keys.length);
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i]! > 0) chosen[n++] = i;
  // Before in the order: the larger key, or the lower index of two equal keys.
  const before = (a: number, b: number): boolean =>
    keys[a]! > keys[b]! || (keys[a] === keys[b] && a < b);
  const want = Math.max(0, Math.min(k, n));
  if (want > 0 && want < n) selectFirst(chosen, n, want, before);
  return chosen.slice(0, want).sort((a, b) => (before(a, b) ? -1 : 1));
}

/**
 * Reorders items[0..n) so that its first `k` are the k first in the order `before` (a strict
 * total order), in no particular order among themselves: Hoare's quickselect.
 */
function selectFirst(
  items: Int32Array,
  n: number,
  k: number,
  before: (a: number, b: number) => boolean,
): void {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = items[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(items[i]!, pivot)) i++;
      while (before(pivot, items[j]!)) j--;
      if (i <= j) {
        const t = items[i]!;
        items[i] = items[j]!;
        items[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}
