/**
 * The review queue: the shown mentions from least to most confident, one at a time, with keys
 * to accept (a), take the next candidate (n), say "not a place" (x) or skip (s). A mention
 * counts as reviewed once a reader has accepted or corrected it (in the build, or here).
 */
import { computed, signal } from '@preact/signals';
import type { MentionProperties } from '../../shared/types.ts';
import { loadText } from '../data.ts';
import { type DataIndex, mentionsOfSource } from '../filters.ts';
import { data, mask } from '../state.ts';
import { correctMention, type Pending, pending, pendingFor } from './corrections.ts';
import { quoteOf, requestQuotes } from './quotes.ts';

/** A mention's details once fetched (model/quotes.ts), or null. */
type Details = (mention: number) => MentionProperties | null;

/** Null when the queue is closed; else the mentions skipped in this pass. */
export const review = signal<{ skipped: ReadonlySet<number> } | null>(null);

export interface ReviewQueue {
  /** Mentions still to review, least confident first. */
  queue: number[];
  reviewed: number;
  total: number;
}

/**
 * Done by hand: in the build (status) or among the changes made here. A change is matched by
 * the mention's offsets, which come with its quotes (a source with changes has them fetched
 * when the review starts).
 */
export function isReviewed(
  index: DataIndex,
  changes: Pending,
  i: number,
  details: Details,
): boolean {
  if (index.mentionStatus[i] !== 0) return true;
  const source = index.sources[index.mentionSource[i]!]!.id;
  if (!changes.corrections[source]) return false;
  const p = details(i);
  return p !== null && pendingFor(changes, p.sourceId, p.start, p.end) !== null;
}

export function reviewQueue(
  index: DataIndex,
  shown: Uint8Array,
  changes: Pending,
  skipped: ReadonlySet<number>,
  details: Details,
): ReviewQueue {
  const queue: number[] = [];
  let reviewed = 0;
  let total = 0;
  for (let i = 0; i < index.mentionCount; i++) {
    if (!shown[i]) continue;
    total++;
    if (isReviewed(index, changes, i, details)) reviewed++;
    else if (!skipped.has(i)) queue.push(i);
  }
  const confidence = index.mentionConfidence;
  queue.sort((a, b) => confidence[a]! - confidence[b]! || a - b);
  return { queue, reviewed, total };
}

export const reviewState = computed<ReviewQueue | null>(() => {
  const index = data.value;
  const r = review.value;
  if (!index || !r) return null;
  return reviewQueue(index, mask.value, pending.value, r.skipped, (i) => quoteOf(index, i));
});

/** The mention under review, or null when nothing is left. */
export const current = computed(() => reviewState.value?.queue[0] ?? null);

export function startReview(): void {
  review.value = { skipped: new Set() };
  // Changes made here are matched to mentions by offsets: fetch those sources' quotes.
  const index = data.value;
  if (!index) return;
  const sources = Object.keys(pending.value.corrections);
  const mentions = sources.flatMap((id) => {
    const s = index.sourceIndex.get(id);
    return s === undefined ? [] : mentionsOfSource(index, s);
  });
  if (mentions.length > 0) void requestQuotes(index, mentions);
}

export function stopReview(): void {
  review.value = null;
}

export function skip(): void {
  const r = review.value;
  const i = current.value;
  if (r && i !== null) review.value = { skipped: new Set([...r.skipped, i]) };
}

export type ReviewAction = 'accept' | 'next-candidate' | 'not-a-place';

/** Acts on the mention under review; it then leaves the queue. */
export async function act(action: ReviewAction): Promise<void> {
  const index = data.value;
  const i = current.value;
  if (!index || i === null) return;
  await requestQuotes(index, [i]);
  const m = quoteOf(index, i);
  if (!m) return;
  if (action === 'next-candidate' && m.alternatives.length === 0) return;
  const body = await loadText(m.sourceId);
  if (action === 'accept') correctMention(m, body, 'accept', m.placeId);
  else if (action === 'not-a-place') correctMention(m, body, 'not-a-place');
  else correctMention(m, body, 'choose-place', m.alternatives[0]!.id);
}

/** The key a reviewer pressed → what it does, or null for other keys. */
export function reviewKey(key: string): ReviewAction | 'skip' | null {
  switch (key.toLowerCase()) {
    case 'a':
      return 'accept';
    case 'n':
      return 'next-candidate';
    case 'x':
      return 'not-a-place';
    case 's':
      return 'skip';
    default:
      return null;
  }
}
