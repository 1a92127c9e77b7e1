/**
 * The place panel: every visible mention of the place, and of the places inside it, grouped
 * by source, each with a way into the source reader. A landmark whose heading is the name.
 * The quotes of the mentions shown are fetched when the panel opens (model/quotes.ts).
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PlaceProperties } from '../../shared/types.ts';
import { type DataIndex, groupBySource, mentionsOfPlace, type PlaceMentions } from '../filters.ts';
import { KIND_LABEL } from '../model/place-text.ts';
import { quoteOf, quotesStatus, requestQuotes } from '../model/quotes.ts';
import { plural } from '../model/words.ts';
import { data, mask, openPlace, openReader, placeName, selectPlace } from '../state.ts';
import { AddedByHand } from './AddedByHand.tsx';
import { CorrectionControls } from './CorrectionControls.tsx';
import { useReturnFocus } from './focus.ts';
import { MentionYears } from './MentionYears.tsx';
import { Provenance } from './Provenance.tsx';
import { Quote } from './Quote.tsx';
import { QuotesNotice } from './QuotesNotice.tsx';
import { SourceByline } from './SourceLine.tsx';
import { UncertainNote } from './UncertainNote.tsx';

const PAGE = 25;

type Group = { source: number; mentions: number[] };

/** The first `limit` mentions, group by group: what the panel lists now. */
function firstPage(groups: readonly Group[], limit: number): Group[] {
  const out: Group[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    out.push({ source: g.source, mentions: g.mentions.slice(0, left) });
    left -= out[out.length - 1]!.mentions.length;
  }
  return out;
}

export function PlacePanel({ inert = false }: { inert?: boolean }) {
  const index = data.value;
  const place = openPlace.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const [limit, setLimit] = useState(PAGE);
  // Escape or × gives focus back to what opened the panel (a list item, the map).
  useReturnFocus(place !== null);
  useEffect(() => {
    setLimit(PAGE);
    heading.current?.focus();
  }, [place]);
  const shown = index && place !== null ? mentionsOfPlace(index, mask.value, place) : null;
  const all = shown ? [...shown.own, ...shown.inside].sort((a, b) => a - b) : [];
  const groups = index ? groupBySource(index, all) : [];
  const page = firstPage(groups, limit);
  const listed = page.flatMap((g) => g.mentions);
  const key = listed.join(',');
  // A layout effect: the fetch starts now, not after the next frame is painted.
  useLayoutEffect(() => {
    if (index) void requestQuotes(index, listed);
  }, [index, key]);
  if (!index || place === null || !shown) return null;
  const p = index.places[place]!.properties;
  return (
    <aside
      class="panel"
      aria-labelledby="panel-heading"
      data-testid="place-panel"
      data-place-id={p.id}
      data-quotes={quotesStatus(index, listed).state}
      inert={inert}
    >
      <PanelHeader index={index} place={p} heading={heading} />
      <p class="panel-summary" data-testid="panel-summary">
        {plural(all.length, 'mention')} in {plural(groups.length, 'source')} under the current
        filters.
      </p>
      <Provenance key={p.id} place={place} />
      <PanelInside index={index} place={p} shown={shown} />
      {groups.length === 0 && (
        <p class="empty" data-testid="panel-empty">
          No mentions of this place under the current filters. Widen the year range or show more
          sources.
        </p>
      )}
      <QuotesNotice status={quotesStatus(index, listed)} />
      {page.map((g) => (
        <PanelSource
          key={g.source}
          index={index}
          place={place}
          group={g}
          total={groups.find((x) => x.source === g.source)!.mentions.length}
        />
      ))}
      {all.length > limit && (
        <button type="button" class="more-button" onClick={() => setLimit(limit + PAGE * 4)}>
          Show more ({all.length - limit} not shown)
        </button>
      )}
    </aside>
  );
}

/** The name, its kind and the places it lies in, and the close button. */
function PanelHeader({
  index,
  place,
  heading,
}: {
  index: DataIndex;
  place: PlaceProperties;
  heading: RefObject<HTMLHeadingElement>;
}) {
  const parentNames = place.parents
    .map((id) => index.placeIndex.get(id))
    .filter((i): i is number => i !== undefined)
    .map((i) => index.places[i]!.properties.name);
  return (
    <header class="panel-header">
      <div>
        <h2 id="panel-heading" ref={heading} tabIndex={-1} data-testid="panel-heading">
          <bdi>{place.name}</bdi>
        </h2>
        <p class="panel-meta">
          {KIND_LABEL[place.kind]}
          {parentNames.length > 0 && (
            <>
              {' in '}
              <bdi>{parentNames.join(', ')}</bdi>
            </>
          )}
        </p>
        <AddedByHand place={place} />
      </div>
      <button
        type="button"
        class="close"
        aria-label="Close place panel"
        data-testid="panel-close"
        onClick={() => selectPlace(null)}
      >
        ×
      </button>
    </header>
  );
}

/** "Includes 5 mentions of places inside Kandahar: Spin Boldak, …" */
function PanelInside({
  index,
  place,
  shown,
}: {
  index: DataIndex;
  place: PlaceProperties;
  shown: PlaceMentions;
}) {
  const { inside, insidePlaces } = shown;
  if (inside.length === 0) return null;
  return (
    <p class="panel-inside" data-testid="panel-inside">
      Includes {plural(inside.length, 'mention')} of places inside <bdi>{place.name}</bdi>:{' '}
      {insidePlaces.slice(0, 8).map((c, k) => (
        <span key={c.index}>
          {k > 0 && ', '}
          <button type="button" class="link-button" onClick={() => selectPlace(c.index)}>
            <bdi>{index.places[c.index]!.properties.name}</bdi>
          </button>
        </span>
      ))}
      {insidePlaces.length > 8 && ` and ${insidePlaces.length - 8} more`}.
    </p>
  );
}

/** One source's mentions listed in the panel, each with its quote once fetched. */
function PanelSource({
  index,
  place,
  group,
  total,
}: {
  index: DataIndex;
  place: number;
  group: Group;
  total: number;
}) {
  const source = index.sources[group.source]!;
  return (
    <section class="panel-source" data-testid="panel-source" data-source-id={source.id}>
      <h3>
        <bdi>{source.title}</bdi>
      </h3>
      <p class="panel-byline">
        <SourceByline source={source} /> · {plural(total, 'mention')}
      </p>
      <ul class="mentions">
        {group.mentions.map((i) => (
          <PanelMention key={i} index={index} place={place} mention={i} source={group.source} />
        ))}
      </ul>
    </section>
  );
}

function PanelMention({
  index,
  place,
  mention,
  source,
}: {
  index: DataIndex;
  place: number;
  mention: number;
  source: number;
}) {
  const m = quoteOf(index, mention);
  if (!m) return null;
  const other = index.mentionPlace[mention] !== place;
  return (
    <li data-testid="panel-mention" data-mention-id={m.id}>
      <Quote mention={m} />
      <UncertainNote mention={m} />
      <CorrectionControls mention={m} placeName={placeName} />
      <div class="mention-meta">
        {other && (
          <span class="tag">
            <bdi>{index.places[index.mentionPlace[mention]!]!.properties.name}</bdi>
          </span>
        )}
        <MentionYears mention={m} />
        <button
          type="button"
          class="link-button"
          data-testid="read-in-source"
          onClick={() => openReader(source, m.start)}
        >
          Read in source
        </button>
      </div>
    </li>
  );
}
