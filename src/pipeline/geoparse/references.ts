/**
 * Bibliography and footnote lines ("[15] 'Terror Tuesday: Impact On South Asia' (, 2001)
 * <> accessed 25 July 2021"): the guideline leaves reference lists out, since a cited title
 * is not a place the article talks about. A line is a reference when it has the marks of a
 * citation (an access date, a URL or "<>", a "(, 2001)"-style year, "pp.", a DOI) and either
 * opens with a note marker or is short of sentences.
 */
export interface Range {
  start: number;
  end: number;
}

const CITATION_RE =
  /\baccessed\b|\bretrieved\b|<[^>\n]{0,200}>|https?:\/\/|\bdoi\b|\bpp?\.\s*\d|\(\s*,?\s*(?:1[89]|20)\d\d\s*\)|\bISBN\b|\bvol\.\s*\d/i;
const MARKER_RE = /^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]\s|\(\s*,|[•*-]\s)/u;

export function findReferenceLines(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Long lines are prose; a citation is rarely longer than 400 characters.
    if (end - start <= 400) {
      const line = text.slice(start, end);
      if (
        CITATION_RE.test(line) &&
        (MARKER_RE.test(line) || !/[.!?]\s+\p{Lu}\p{Ll}+\s\p{Ll}+\s\p{Ll}+/u.test(line))
      ) {
        out.push({ start, end });
      }
    }
    start = end + 1;
  }
  return out;
}

/** Is [start, end) inside one of the (sorted, disjoint) ranges? Binary search. */
export function inRanges(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = ranges[mid]!;
    if (end <= r.start) hi = mid - 1;
    else if (start >= r.end) lo = mid + 1;
    else return start >= r.start && end <= r.end;
  }
  return false;
}
