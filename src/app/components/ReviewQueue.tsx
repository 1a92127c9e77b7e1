/**
 * The review queue over the map: one mention at a time, least confident first, with its quote,
 * the place it was given and the keys: A accept, N next candidate, X not a place, S skip.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { MentionProperties, PlaceProperties } from '../../shared/types.ts';
import { KIND_WORD } from '../model/place-text.ts';
import { quoteOf, quotesStatus, requestQuotes } from '../model/quotes.ts';
import { act, current, review, reviewKey, reviewState, skip, stopReview } from '../model/review.ts';
import { data } from '../state.ts';
import { Quote } from './Quote.tsx';
import { QuotesNotice } from './QuotesNotice.tsx';

export function ReviewQueue() {
  const index = data.value;
  const state = reviewState.value;
  const i = current.value;
  const box = useRef<HTMLElement>(null);
  const open = review.value !== null;
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);
  // The mention under review is shown with its quote, fetched if need be.
  // A layout effect: the fetch starts now, not after the next frame is painted.
  useLayoutEffect(() => {
    if (index && i !== null) void requestQuotes(index, [i]);
  }, [index, i]);
  if (!index || !state) return null;
  const m = i === null ? null : quoteOf(index, i);
  return (
    <section
      class="review"
      ref={box}
      tabIndex={-1}
      aria-labelledby="review-heading"
      data-testid="review"
      onKeyDown={onReviewKey}
    >
      <ReviewHeader reviewed={state.reviewed} total={state.total} />
      {m && i !== null ? (
        <ReviewItem
          mention={m}
          place={index.places[index.mentionPlace[i]!]!.properties}
          sourceTitle={index.sources[index.mentionSource[i]!]!.title}
        />
      ) : i !== null ? (
        <QuotesNotice status={quotesStatus(index, [i])} />
      ) : (
        <p class="empty" data-testid="review-empty">
          Nothing left to review{state.total > state.reviewed ? ' (the rest were skipped)' : ''}.
        </p>
      )}
    </section>
  );
}

/** A, N, X, S act on the mention under review; typing in a field or with a modifier does not. */
function onReviewKey(e: KeyboardEvent): void {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if ((e.target as HTMLElement).tagName === 'INPUT') return;
  const what = reviewKey(e.key);
  if (!what) return;
  e.preventDefault();
  if (what === 'skip') skip();
  else void act(what);
}

function ReviewHeader({ reviewed, total }: { reviewed: number; total: number }) {
  return (
    <>
      <header class="panel-header">
        <h2 id="review-heading">Review mentions</h2>
        <button
          type="button"
          class="close"
          aria-label="Close the review"
          data-testid="review-close"
          onClick={stopReview}
        >
          ×
        </button>
      </header>
      <p class="review-progress" data-testid="review-progress" aria-live="polite">
        {reviewed} of {total} reviewed
      </p>
    </>
  );
}

function ReviewItem({
  mention: m,
  place,
  sourceTitle,
}: {
  mention: MentionProperties;
  place: PlaceProperties;
  sourceTitle: string;
}) {
  return (
    <div data-testid="review-item" data-mention-id={m.id}>
      <p>
        <strong>
          <bdi>{m.text}</bdi>
        </strong>{' '}
        is mapped as{' '}
        <strong>
          <bdi>{place.name}</bdi>
        </strong>{' '}
        ({KIND_WORD[place.kind]}
        {place.country ? `, ${place.country}` : ''}) — {Math.round(m.confidence * 100)}% sure.
      </p>
      <Quote mention={m} />
      <p class="note">
        <cite>
          <bdi>{sourceTitle}</bdi>
        </cite>
      </p>
      <ReviewActions mention={m} />
    </div>
  );
}

function ReviewActions({ mention: m }: { mention: MentionProperties }) {
  return (
    <div class="filter-actions review-actions">
      <button type="button" data-testid="review-accept" onClick={() => act('accept')}>
        <kbd>A</kbd> Right place
      </button>
      <button
        type="button"
        data-testid="review-next-candidate"
        disabled={m.alternatives.length === 0}
        onClick={() => act('next-candidate')}
      >
        <kbd>N</kbd>{' '}
        {m.alternatives[0] ? <bdi>{m.alternatives[0].name}</bdi> : 'No other candidate'}
      </button>
      <button type="button" data-testid="review-not-place" onClick={() => act('not-a-place')}>
        <kbd>X</kbd> Not a place
      </button>
      <button type="button" data-testid="review-skip" onClick={skip}>
        <kbd>S</kbd> Skip
      </button>
    </div>
  );
}
