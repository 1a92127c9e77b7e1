/**
 * "How was this placed?", folded under the place panel's summary: the gazetteer entry, its
 * source, and how sure the geoparser was of the shown mentions that name the place, and why.
 * A native <details>, so it opens by keyboard (Tab to it, Enter or Space) and is announced.
 * What the mentions rest on is in their quotes files, fetched when it is opened.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { MentionProperties } from '../../shared/types.ts';
import { mentionsOfPlace } from '../filters.ts';
import { provenanceFacts } from '../model/provenance.ts';
import { quoteOf, quotesStatus, requestQuotes } from '../model/quotes.ts';
import { plural } from '../model/words.ts';
import { data, mask } from '../state.ts';
import { QuotesNotice } from './QuotesNotice.tsx';

export function Provenance({ place }: { place: number }) {
  const index = data.value;
  const [open, setOpen] = useState(false);
  const own = index ? mentionsOfPlace(index, mask.value, place).own : [];
  const key = own.join(',');
  // A layout effect: the fetch starts now, not after the next frame is painted.
  useLayoutEffect(() => {
    if (index && open) void requestQuotes(index, own);
  }, [index, open, key]);
  if (!index) return null;
  const p = index.places[place]!.properties;
  const status = open ? quotesStatus(index, own) : { state: 'loading' as const };
  const facts = provenanceFacts(
    p,
    own.map((i) => quoteOf(index, i)).filter((m): m is MentionProperties => m !== null),
  );
  const list = (items: string[]) => (
    <ul>
      {items.map((t) => (
        <li key={t}>
          <bdi>{t}</bdi>
        </li>
      ))}
    </ul>
  );
  return (
    <details
      class="provenance"
      data-testid="provenance"
      data-quotes={status.state}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>How was this placed?</summary>
      {open && <QuotesNotice status={status} />}
      {status.state === 'ready' && (
        <dl>
          <dt>Gazetteer entry</dt>
          <dd data-testid="provenance-entry">
            {facts.entry}, a {facts.kind}
          </dd>
          <dt>Where the entry comes from</dt>
          <dd>
            <bdi>{facts.source}</bdi>
          </dd>
          <dt>How sure</dt>
          <dd data-testid="provenance-confidence">
            {facts.mentions === 0 ? (
              <>
                No mention shown names <bdi>{p.name}</bdi> itself: it is on the map for the places
                inside it.
              </>
            ) : (
              <>
                Of the {plural(facts.mentions, 'mention')} shown that name it:
                {list(facts.confidence)}
              </>
            )}
          </dd>
          {facts.basis.length > 0 && (
            <>
              <dt>Why this place</dt>
              <dd>{list(facts.basis)}</dd>
            </>
          )}
          {facts.alternatives.length > 0 && (
            <>
              <dt>Also considered</dt>
              <dd>
                <bdi>{facts.alternatives.join('; ')}</bdi>
              </dd>
            </>
          )}
        </dl>
      )}
    </details>
  );
}
