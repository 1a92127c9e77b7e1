/**
 * Stepping through a place's mentions in the source reader: the mentions of the current
 * mention's place in the same source, in text order ("3 of 9"), and the action that moves.
 */
import type { MentionProperties } from '../../shared/types.ts';
import { type DataIndex, mentionsOfSource } from '../filters.ts';
import { data, reader } from '../state.ts';
import { quoteOf } from './quotes.ts';

export interface ReaderSteps {
  /** The place whose mentions are stepped through. */
  place: number;
  /** Their offsets in the text, ascending. */
  starts: number[];
  /** Which of them is current. */
  at: number;
}

/**
 * The steps around the mention at `offset` in a source, or null when none starts there (or
 * the source's quotes, which hold the offsets, are not fetched yet: `details` gives null).
 */
export function readerSteps(
  index: DataIndex,
  source: number,
  offset: number,
  details: (mention: number) => MentionProperties | null = (i) => quoteOf(index, i),
): ReaderSteps | null {
  const mentions = mentionsOfSource(index, source);
  const current = mentions.find((i) => details(i)?.start === offset);
  if (current === undefined) return null;
  const place = index.mentionPlace[current]!;
  const starts: number[] = [];
  for (const i of mentions) {
    const start = details(i)?.start;
    if (index.mentionPlace[i] === place && start !== undefined) starts.push(start);
  }
  starts.sort((a, b) => a - b);
  return { place, starts, at: starts.indexOf(offset) };
}

/** Moves the reader to the previous (-1) or next (+1) mention of the same place, if any. */
export function stepReader(delta: -1 | 1): void {
  const index = data.value;
  const state = reader.value;
  if (!index || !state) return;
  const steps = readerSteps(index, state.source, state.offset);
  const next = steps?.starts[steps.at + delta];
  if (next !== undefined) reader.value = { source: state.source, offset: next };
}

/** Words of the text: body.slice(start, end) === text. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Offset in the text of a DOM position inside the reader's body (segments carry data-offset). */
function offsetOf(container: Element, node: Node, offset: number): number | null {
  if (node === container) {
    const child = container.childNodes[offset] as Element | undefined;
    if (!child) return (container.textContent ?? '').length;
    const at = child.getAttribute?.('data-offset');
    return at === null || at === undefined ? null : Number(at);
  }
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const segment = el?.closest('[data-offset]');
  if (!segment || !container.contains(segment)) return null;
  const base = Number(segment.getAttribute('data-offset'));
  return node.nodeType === Node.TEXT_NODE ? base + offset : base;
}

/** The words a selection covers in the reader's text, trimmed of spaces; null when none. */
export function selectedRange(container: Element, range: Range, text: string): TextSpan | null {
  if (range.collapsed) return null;
  let start = offsetOf(container, range.startContainer, range.startOffset);
  let end = offsetOf(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start === 0 || end - start > 200) return null;
  return { start, end, text: text.slice(start, end) };
}
