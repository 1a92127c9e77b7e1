/**
 * Stepping through a place's mentions in the source reader: the mentions of the current
 * mention's place in the same source, in text order ("3 of 9"), and the action that moves.
 */
import type { DataIndex } from '../filters.ts';
import { data, reader } from '../state.ts';

export interface ReaderSteps {
  /** The place whose mentions are stepped through. */
  place: number;
  /** Their offsets in the text, ascending. */
  starts: number[];
  /** Which of them is current. */
  at: number;
}

/** The steps around the mention at `offset` in a source, or null when none starts there. */
export function readerSteps(index: DataIndex, source: number, offset: number): ReaderSteps | null {
  let place = -1;
  for (let i = 0; i < index.mentions.length; i++) {
    if (index.mentionSource[i] === source && index.mentions[i]!.properties.start === offset) {
      place = index.mentionPlace[i]!;
      break;
    }
  }
  if (place < 0) return null;
  const starts: number[] = [];
  for (let k = index.placeMentionStart[place]!; k < index.placeMentionStart[place + 1]!; k++) {
    const i = index.placeMentions[k]!;
    if (index.mentionSource[i] === source) starts.push(index.mentions[i]!.properties.start);
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
