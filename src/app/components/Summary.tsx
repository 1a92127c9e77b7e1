/** One line saying what the map shows, announced politely to screen readers as it changes. */
import { plural } from '../model/words.ts';
import { counts, data, namedPlaces, selectedSources } from '../state.ts';

export function Summary() {
  const index = data.value;
  const c = counts.value;
  if (!index || !c) return <p class="summary" />;
  const places = namedPlaces.value;
  const sel = selectedSources.value;
  const sources = sel === null ? index.sources.length : sel.size;
  return (
    <p class="summary" aria-live="polite" data-testid="summary">
      <span data-testid="visible-count">{c.visible}</span>{' '}
      {c.visible === 1 ? 'mention' : 'mentions'} of <span data-testid="place-count">{places}</span>{' '}
      {places === 1 ? 'place' : 'places'} in {sources} of {plural(index.sources.length, 'source')}
    </p>
  );
}
