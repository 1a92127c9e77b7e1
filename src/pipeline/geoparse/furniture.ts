/**
 * Page furniture that src/pipeline/boilerplate does not (yet) classify, as line shapes:
 * link lists ("Related stories: …", "More football: …", "Most read: …"), credit lines
 * ("Reporting by X in Berlin; Editing by Y"), bylines ("By Staff Reporter"), and the short
 * unpunctuated lines that close a page after its last paragraph (a publisher's address:
 * "Dawn Media Group, Haroon House, Karachi"). Places there are not what the article is about.
 */
import type { Range } from './references.ts';

const LINK_LIST_RE =
  /^\s*(?:related(?:\s+\w+){0,2}|more(?:\s+\w+){0,3}|most\s+(?:read|popular|viewed|shared)|also\s+read|read\s+(?:also|next|more)|see\s+also|recommended(?:\s+\w+)?|trending(?:\s+\w+)?|latest(?:\s+\w+){0,2}|top\s+stories|editor'?s\s+picks?|you\s+may\s+also\s+like|watch|listen)\s*:/i;
const CREDIT_RE =
  /^\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|produced|translated|photos?|graphics|video)\s+by\b|;\s*editing\s+by\b/i;
const BYLINE_RE = /^\s*[Bb]y\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}$/u;
/** Cross-references and appeals on short lines ("— see page 9", "donate to …"). */
const PROMPT_RE = /\bsee page \d+|\bdonate\b|\bsubscribe\b|\bnewsletter\b|\bsign up\b/iu;
/** A postal address: a street number and a street word ("113-117 Donegall Street"). */
const ADDRESS_RE =
  /\b\d{1,5}(?:-\d{1,5})?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Way|Drive|Square|Place)\b/u;
const SENTENCE_END_RE = /[.!?"”’)]\s*$/u;

const words = (line: string): number => line.split(/\s+/).filter((w) => w.length > 0).length;

export function findFurnitureLines(text: string): Range[] {
  const lines: Range[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end });
    start = end + 1;
  }
  const out: Range[] = [];
  let lastProse = -1;
  lines.forEach((r, i) => {
    if (r.end - r.start > 600) {
      lastProse = i;
      return;
    }
    const line = text.slice(r.start, r.end);
    const n = words(line);
    if (LINK_LIST_RE.test(line) || CREDIT_RE.test(line) || BYLINE_RE.test(line)) out.push(r);
    else if ((n <= 15 && PROMPT_RE.test(line)) || (n <= 25 && ADDRESS_RE.test(line))) out.push(r);
    else if (n >= 20) lastProse = i;
  });
  // Short unpunctuated lines after the last paragraph close the page.
  if (lastProse >= 0) {
    for (let i = lastProse + 1; i < lines.length; i++) {
      const r = lines[i]!;
      const line = text.slice(r.start, r.end).trim();
      if (line === '' || SENTENCE_END_RE.test(line) || words(line) > 15) continue;
      if (!out.some((o) => o.start === r.start)) out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
