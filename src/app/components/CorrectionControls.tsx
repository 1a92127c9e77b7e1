/**
 * Under a mention's quote (popup, place panel, reader): how it came to be (corrected, added
 * or reviewed by hand), a change made here and not yet built, and "Correct…": accept it,
 * choose one of the alternatives the geoparser considered, search for another place, or say
 * the words are no place at all.
 */
import { useState } from 'preact/hooks';
import type { Correction, MentionStatus } from '../../shared/corrections.ts';
import type { MentionProperties } from '../../shared/types.ts';
import { loadText } from '../data.ts';
import { correctMention, pending, pendingFor, undoPending } from '../model/corrections.ts';
import { PlaceChoices, PlaceSearch } from './PlaceSearch.tsx';

export const STATUS_TEXT: Record<MentionStatus, string | null> = {
  automatic: null,
  reviewed: 'Reviewed by hand',
  corrected: 'Place corrected by hand',
  added: 'Mention added by hand',
};

export function describeCorrection(c: Correction, placeName: (id: string) => string): string {
  switch (c.action) {
    case 'not-a-place':
      return `“${c.text}” is not a place`;
    case 'accept':
      return `“${c.text}” checked: right place`;
    case 'choose-place':
      return `“${c.text}” is ${placeName(c.place ?? '')}`;
    case 'add-mention':
      return `“${c.text}” added as ${placeName(c.place ?? '')}`;
  }
}

export function CorrectionControls({
  mention,
  placeName,
}: {
  mention: MentionProperties;
  placeName(id: string): string;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = STATUS_TEXT[mention.status];
  const change = pendingFor(pending.value, mention.sourceId, mention.start, mention.end);
  const id = `correct-${mention.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <div class="correction" data-testid="correction">
      {status && (
        <p class="mention-status" data-testid="mention-status" data-status={mention.status}>
          {status}
        </p>
      )}
      {change && <PendingNote mention={mention} change={change} placeName={placeName} />}
      <button
        type="button"
        class="link-button"
        aria-expanded={open}
        aria-controls={id}
        data-testid="correct-open"
        onClick={() => setOpen(!open)}
      >
        Correct…
      </button>
      {open && (
        <CorrectPanel
          id={id}
          mention={mention}
          error={error}
          onDone={() => setOpen(false)}
          onError={setError}
        />
      )}
    </div>
  );
}

/** A change made here and not yet built, with a way to take it back. */
function PendingNote({
  mention,
  change,
  placeName,
}: {
  mention: MentionProperties;
  change: Correction;
  placeName(id: string): string;
}) {
  return (
    <p class="pending-correction" data-testid="pending-correction">
      Your correction: <bdi>{describeCorrection(change, placeName)}</bdi> — not yet in the build.{' '}
      <button
        type="button"
        class="link-button"
        data-testid="undo-correction"
        onClick={() => undoPending(mention.sourceId, mention.start, mention.end)}
      >
        Undo
      </button>
    </p>
  );
}

/** The choices: right place, not a place, an alternative, or a place searched for. */
function CorrectPanel({
  id,
  mention,
  error,
  onDone,
  onError,
}: {
  id: string;
  mention: MentionProperties;
  error: string | null;
  onDone(): void;
  onError(message: string): void;
}) {
  const act = (action: Correction['action'], placeId?: string) => {
    loadText(mention.sourceId).then(
      (body) => {
        correctMention(mention, body, action, placeId);
        onDone();
      },
      (e: unknown) => onError(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <div class="correct-panel" id={id} data-testid="correct-panel">
      <div class="correct-actions">
        <button
          type="button"
          data-testid="correct-accept"
          onClick={() => act('accept', mention.placeId)}
        >
          Right place
        </button>
        <button type="button" data-testid="correct-not-place" onClick={() => act('not-a-place')}>
          Not a place
        </button>
      </div>
      {mention.alternatives.length > 0 && (
        <>
          <p class="note">Or one of the places the name may also be:</p>
          <PlaceChoices
            class="correct-alternatives"
            places={mention.alternatives}
            testId="correct-alternative"
            onChoose={(a) => act('choose-place', a.id)}
          />
        </>
      )}
      <PlaceSearch label="Another place:" onChoose={(e) => act('choose-place', e.id)} />
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
