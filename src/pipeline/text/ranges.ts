/** Ranges of a text by UTF-16 offsets, end exclusive, and the one search over them. */
export interface TextRange {
  start: number;
  end: number;
}

/** Does [start, end) overlap one of the ranges? `ranges` sorted and disjoint; binary search. */
export function overlapsAny(ranges: readonly TextRange[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = ranges[mid]!;
    if (end <= r.start) hi = mid - 1;
    else if (start >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
