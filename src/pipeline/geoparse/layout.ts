/**
 * Layout facts about each token that capitalisation alone cannot give: whether it opens a
 * sentence (so its capital letter says nothing), and whether its line is a headline or page
 * furniture in Title Case (same), or an all-caps line.
 */
import type { Token } from './tokenize.ts';

export interface Layout {
  /** Token opens a sentence, a line, a quotation after a colon, or a list item. */
  sentenceStart: boolean[];
  /** Token is on a line whose words are mostly capitalised ("Related Articles", headlines). */
  titleLine: boolean[];
  /** Token is among the first tokens of its line. */
  lineHead: boolean[];
  /** Token is in the all-caps place name that opens a dateline ("KABUL --", "NAIROBI, Kenya (Reuters) —"). */
  dateline: boolean[];
}

const DATELINE_AFTER_RE = /^\s*(?:--|—|–|-|\(|,|:)/u;

function markDatelines(text: string, tokens: readonly Token[], dateline: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(t.gap === 'start' || t.gap === 'newline') || !t.upper || t.text.length < 3) continue;
    let j = i;
    while (
      j + 1 < tokens.length &&
      j - i < 4 &&
      tokens[j + 1]!.upper &&
      tokens[j + 1]!.gap === 'space'
    )
      j++;
    const after = tokens[j + 1];
    if (after === undefined) continue;
    // The line goes on in ordinary case: a dateline, not an all-caps headline. An agency's
    // credit in capitals between brackets ("BANGKOK (AP) —") is part of a dateline too.
    const credit =
      /^[ \t]*\($/.test(text.slice(tokens[j]!.end, after.start)) && text[after.end] === ')';
    // A state's postal code or dotted abbreviation in capitals after a comma ("LOUISVILLE, KY
    // --", "NEWARK, N.J. (AP) -") too.
    const postalCode = after.gap === 'comma' && (after.dotted || after.text.length === 2);
    if (after.upper && !credit && !postalCode) continue;
    // At the very start of a text whose dash was lost ("WASHINGTON Barack Obama pardoned"),
    // the all-caps word before a sentence in ordinary case is the dateline.
    const bareStart = t.gap === 'start' && after.cap && !after.upper && after.gap === 'space';
    if (!bareStart && !DATELINE_AFTER_RE.test(text.slice(tokens[j]!.end, after.start + 1))) {
      continue;
    }
    for (let k = i; k <= j; k++) dateline[k] = true;
  }
}

const SENTENCE_END_RE = /[.!?:;]|\n|\r|\u2028|\u2029|•|·|▪|\|/u;
/** Abbreviations after which a full stop does not end the sentence ("Gen. Azimi", "George W. Bush"). */
const NON_FINAL =
  /^(?:mr|mrs|ms|dr|prof|gen|maj|col|capt|lt|sgt|adm|sen|rep|gov|rev|st|mt|ft|no|vs|etc|jr|sr|inc|co|ltd|[a-z])$/;

export function computeLayout(text: string, tokens: readonly Token[]): Layout {
  const n = tokens.length;
  const sentenceStart = new Array<boolean>(n).fill(false);
  const titleLine = new Array<boolean>(n).fill(false);
  const lineHead = new Array<boolean>(n).fill(false);
  const dateline = new Array<boolean>(n).fill(false);
  markDatelines(text, tokens, dateline);
  let lineFirst = 0;
  let capWords = 0;
  let lowerWords = 0;
  let posInLine = 0;
  const closeLine = (endExclusive: number): void => {
    const isTitle = capWords >= 2 && lowerWords * 3 <= capWords;
    if (isTitle) for (let k = lineFirst; k < endExclusive; k++) titleLine[k] = true;
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const newLine = t.gap === 'start' || t.gap === 'newline';
    if (newLine) {
      closeLine(i);
      lineFirst = i;
      capWords = 0;
      lowerWords = 0;
      posInLine = 0;
    }
    lineHead[i] = posInLine < 4;
    posInLine++;
    if (t.text.length >= 4 && !t.num) {
      if (t.cap) capWords++;
      else lowerWords++;
    }
    if (newLine) {
      sentenceStart[i] = true;
      continue;
    }
    // Spaces, a hyphen or nothing: neither a sentence end nor an opening quote (most gaps).
    if (t.gap === 'space' || t.gap === 'hyphen' || t.gap === 'none') continue;
    const gap = text.slice(t.gapStart, t.start);
    if (SENTENCE_END_RE.test(gap)) {
      const prev = tokens[i - 1];
      const abbrev =
        prev !== undefined && gap.trimStart().startsWith('.') && NON_FINAL.test(prev.lower);
      sentenceStart[i] = !abbrev;
    } else if (/["“‘«([]\s*$/u.test(gap)) {
      // An opening quote or bracket starts a quotation that is capitalised as a sentence.
      sentenceStart[i] = true;
    }
  }
  closeLine(n);
  // The article's first sentence starts right after its dateline ("WASHINGTON Barack Obama").
  for (let i = 0; i + 1 < n; i++) {
    if (dateline[i] && !dateline[i + 1] && tokens[i + 1]!.cap) sentenceStart[i + 1] = true;
  }
  return { sentenceStart, titleLine, lineHead, dateline };
}

/**
 * A dateline's name ends where the article's first sentence starts ("WASHINGTON Christopher
 * Steele, …"): the words after it are neither a surname nor the rest of an organisation.
 */
export function datelineBeforeSentence(
  layout: Layout,
  span: { source: string; tj: number },
): boolean {
  return span.source === 'dateline' && layout.sentenceStart[span.tj + 1] === true;
}
