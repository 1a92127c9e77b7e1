/**
 * The review queue: the shown mentions from least to most confident, one at a time, with keys
 * to accept (a), take the next candidate (n), say "not a place" (x) or skip (s). A mention
 * counts as reviewed once a reader has accepted or corrected it (in the build, or here).
 */
import { computed, signal } from '@preact/signals';
import { loadText } from '../data.ts';
import type { DataIndex } from '../filters.ts';
import { data, mask } from '../state.ts';
import { correctMention, type Pending, pending, pendingFor } from './corrections.ts';

/** Null when the queue is closed; else the mentions skipped in this pass. */
export const review = signal<{ skipped: ReadonlySet<number> } | null>(null);

export interface ReviewQueue {
  /** Mentions still to review, least confident first. */
  queue: number[];
  reviewed: number;
  total: number;
}

/** Done by hand: in the build (status) or among the changes made here. */
export function isReviewed(index: DataIndex, changes: Pending, i: number): boolean {
  const p = index.mentions[i]!.properties;
  return p.status !== 'automatic' || pendingFor(changes, p.sourceId, p.start, p.end) !== null;
}

export function reviewQueue(
  index: DataIndex,
  shown: Uint8Array,
  changes: Pending,
  skipped: ReadonlySet<number>,
): ReviewQueue {
  const queue: number[] = [];
  let reviewed = 0;
  let total = 0;
  for (let i = 0; i < index.mentions.length; i++) {
    if (!shown[i]) continue;
    total++;
    if (isReviewed(index, changes, i)) reviewed++;
    else if (!skipped.has(i)) queue.push(i);
  }
  const confidence = (i: number) => index.mentions[i]!.properties.confidence;
  queue.sort((a, b) => confidence(a) - confidence(b) || a - b);
  return { queue, reviewed, total };
}

export const reviewState = computed<ReviewQueue | null>(() => {
  const index = data.value;
  const r = review.value;
  if (!index || !r) return null;
  return reviewQueue(index, mask.value, pending.value, r.skipped);
});

/** The mention under review, or null when nothing is left. */
export const current = computed(() => reviewState.value?.queue[0] ?? null);

export function startReview(): void {
  review.value = { skipped: new Set() };
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
  const m = index.mentions[i]!.properties;
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
