/**
 * A function's answers kept by argument, for work that repeats (names recur within a text and
 * across texts). Bounded: past `limit` answers the memo starts afresh, so a long run cannot
 * grow it without end. It only saves work: the answer is the function's own.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit = 100_000): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
