/**
 * The place panel: every visible mention of the place, and of the places inside it, grouped
 * by source, each with a way into the source reader. A landmark whose heading is the name.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { groupBySource, mentionsOfPlace } from '../filters.ts';
import { KIND_LABEL } from '../model/place-text.ts';
import { plural } from '../model/words.ts';
import { data, mask, openPlace, openReader, placeName, selectPlace } from '../state.ts';
import { AddedByHand } from './AddedByHand.tsx';
import { CorrectionControls } from './CorrectionControls.tsx';
import { useReturnFocus } from './focus.ts';
import { MentionYears } from './MentionYears.tsx';
import { Provenance } from './Provenance.tsx';
import { Quote } from './Quote.tsx';
import { SourceByline } from './SourceLine.tsx';
import { UncertainNote } from './UncertainNote.tsx';

const PAGE = 25;

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
  if (!index || place === null) return null;
  const p = index.places[place]!.properties;
  const { own, inside, insidePlaces } = mentionsOfPlace(index, mask.value, place);
  const all = [...own, ...inside].sort((a, b) => a - b);
  const groups = groupBySource(index, all);
  const parentNames = p.parents
    .map((id) => index.placeIndex.get(id))
    .filter((i): i is number => i !== undefined)
    .map((i) => index.places[i]!.properties.name);
  let shown = 0;
  return (
    <aside
      class="panel"
      aria-labelledby="panel-heading"
      data-testid="place-panel"
      data-place-id={p.id}
      inert={inert}
    >
      <header class="panel-header">
        <div>
          <h2 id="panel-heading" ref={heading} tabIndex={-1} data-testid="panel-heading">
            <bdi>{p.name}</bdi>
          </h2>
          <p class="panel-meta">
            {KIND_LABEL[p.kind]}
            {parentNames.length > 0 && (
              <>
                {' in '}
                <bdi>{parentNames.join(', ')}</bdi>
              </>
            )}
          </p>
          <AddedByHand place={p} />
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
      <p class="panel-summary" data-testid="panel-summary">
        {plural(all.length, 'mention')} in {plural(groups.length, 'source')} under the current
        filters.
      </p>
      <Provenance key={p.id} place={place} />
      {inside.length > 0 && (
        <p class="panel-inside" data-testid="panel-inside">
          Includes {plural(inside.length, 'mention')} of places inside <bdi>{p.name}</bdi>:{' '}
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
      )}
      {groups.length === 0 && (
        <p class="empty" data-testid="panel-empty">
          No mentions of this place under the current filters. Widen the year range or show more
          sources.
        </p>
      )}
      {groups.map((g) => {
        if (shown >= limit) return null;
        const source = index.sources[g.source]!;
        const items = g.mentions.slice(0, limit - shown);
        shown += items.length;
        return (
          <section
            key={source.id}
            class="panel-source"
            data-testid="panel-source"
            data-source-id={source.id}
          >
            <h3>
              <bdi>{source.title}</bdi>
            </h3>
            <p class="panel-byline">
              <SourceByline source={source} /> · {plural(g.mentions.length, 'mention')}
            </p>
            <ul class="mentions">
              {items.map((i) => {
                const m = index.mentions[i]!.properties;
                const other = index.mentionPlace[i] !== place;
                return (
                  <li key={m.id} data-testid="panel-mention" data-mention-id={m.id}>
                    <Quote mention={m} />
                    <UncertainNote mention={m} />
                    <CorrectionControls mention={m} placeName={placeName} />
                    <div class="mention-meta">
                      {other && (
                        <span class="tag">
                          <bdi>{index.places[index.mentionPlace[i]!]!.properties.name}</bdi>
                        </span>
                      )}
                      <MentionYears mention={m} />
                      <button
                        type="button"
                        class="link-button"
                        data-testid="read-in-source"
                        onClick={() => openReader(g.source, m.start)}
                      >
                        Read in source
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {all.length > limit && (
        <button type="button" class="more-button" onClick={() => setLimit(limit + PAGE * 4)}>
          Show more ({all.length - limit} not shown)
        </button>
      )}
    </aside>
  );
}
