/**
 * A search box over the gazetteer's names (and the places added by hand), for choosing the
 * place a mention means. The names are fetched on first use.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SearchEntry } from '../../shared/search-index.ts';
import { userPlaces } from '../model/corrections.ts';
import { fold, indexEntries, loadSearchIndex, search } from '../model/place-search.ts';
import { KIND_WORD } from '../model/place-text.ts';

export function placeLabel(e: { name: string; kind: SearchEntry['kind']; country: string | null }) {
  return `${e.name} (${KIND_WORD[e.kind]}${e.country ? `, ${e.country}` : ''})`;
}

type Labelled = { id: string; name: string; kind: SearchEntry['kind']; country: string | null };

/** Places to choose from, each a link-styled button with its label. */
export function PlaceChoices<P extends Labelled>({
  class: className,
  places,
  testId,
  onChoose,
}: {
  class: string;
  places: readonly P[];
  testId: string;
  onChoose(place: P): void;
}) {
  return (
    <ul class={className}>
      {places.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            class="link-button"
            data-testid={testId}
            data-place-id={p.id}
            onClick={() => onChoose(p)}
          >
            <bdi>{placeLabel(p)}</bdi>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PlaceSearch({
  label,
  onChoose,
  autoFocus = false,
}: {
  label: string;
  onChoose(entry: SearchEntry): void;
  autoFocus?: boolean;
}) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchEntry[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (fold(query) === '') {
      setResults([]);
      setStatus(null);
      return;
    }
    const own = search(indexEntries(userPlaces.value.map((p) => ({ ...p }))), query, 4);
    setStatus('Searching…');
    loadSearchIndex().then(
      (index) => {
        if (!live) return;
        const found = [...own, ...search(index, query)];
        setResults(found);
        setStatus(found.length === 0 ? 'No place of that name.' : null);
      },
      (e: unknown) => live && setStatus(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [query]);
  return (
    <div class="place-search">
      <label>
        {label}{' '}
        <input
          type="search"
          data-testid="gazetteer-search"
          value={query}
          // biome-ignore lint/a11y/noAutofocus: opened on purpose by the reader's own action
          autoFocus={autoFocus}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      {status && (
        <p class="note" role="status">
          {status}
        </p>
      )}
      {results.length > 0 && (
        <PlaceChoices
          class="place-search-results"
          places={results}
          testId="gazetteer-search-result"
          onChoose={onChoose}
        />
      )}
    </div>
  );
}
