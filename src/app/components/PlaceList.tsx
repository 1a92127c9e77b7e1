/** Search and the places named under the filters, most named first. Each item is a button. */
import { useState } from 'preact/hooks';
import type { PlaceKind } from '../../shared/types.ts';
import { KIND_WORD } from '../model/place-text.ts';
import {
  counts,
  data,
  namedPlaces,
  openPlace,
  placeQuery,
  rankedPlaces,
  setPlaceQuery,
} from '../state.ts';
import { memo } from './memo.ts';

/** One item; memoised so a filter change re-renders only the rows whose count changed. */
const PlaceRow = memo(function PlaceRow({
  index,
  id,
  name,
  kind,
  count,
  current,
  onChoose,
}: {
  index: number;
  id: string;
  name: string;
  kind: PlaceKind;
  count: number;
  current: boolean;
  onChoose(place: number): void;
}) {
  return (
    <li>
      <button
        type="button"
        data-place-id={id}
        data-count={count}
        aria-current={current ? 'true' : undefined}
        onClick={() => onChoose(index)}
      >
        <bdi class="name">{name}</bdi>
        <span class="kind">{KIND_WORD[kind]}</span>
        <span class="count">
          {count}
          <span class="visually-hidden"> {count === 1 ? 'mention' : 'mentions'}</span>
        </span>
      </button>
    </li>
  );
});

const PAGE = 60;

export function PlaceList({ onChoose }: { onChoose(place: number): void }) {
  const index = data.value;
  const [limit, setLimit] = useState(PAGE);
  if (!index) return null;
  const ranked = rankedPlaces.value;
  const own = counts.value?.own;
  const open = openPlace.value;
  return (
    <section class="filter places" aria-labelledby="places-heading">
      <h2 id="places-heading" class="legendish">
        Places named (<span data-testid="places-count">{namedPlaces.value}</span>)
      </h2>
      <label class="search">
        <span class="visually-hidden">Search places</span>
        <input
          type="search"
          placeholder="Search places…"
          value={placeQuery.value}
          data-testid="place-search"
          onInput={(e) => {
            setPlaceQuery(e.currentTarget.value);
            setLimit(PAGE);
          }}
          onKeyDown={(e) => {
            // Enter opens the first match, as a search box should.
            const first = rankedPlaces.value[0];
            if (e.key === 'Enter' && first !== undefined) {
              e.preventDefault();
              onChoose(first);
            }
          }}
        />
      </label>
      {ranked.length === 0 ? (
        <p class="empty" data-testid="places-empty">
          {placeQuery.value ? 'No place by that name has mentions here.' : 'No places to show.'}
        </p>
      ) : (
        <ol class="place-list" data-testid="place-list">
          {Array.from(ranked.subarray(0, limit), (place) => {
            const p = index.places[place]!.properties;
            return (
              <PlaceRow
                key={p.id}
                index={place}
                id={p.id}
                name={p.name}
                kind={p.kind}
                count={own?.[place] ?? 0}
                current={open === place}
                onChoose={onChoose}
              />
            );
          })}
        </ol>
      )}
      {ranked.length > limit && (
        <button type="button" class="more-button" onClick={() => setLimit(limit + PAGE)}>
          Show more places ({ranked.length - limit})
        </button>
      )}
    </section>
  );
}
