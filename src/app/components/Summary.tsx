/** One line saying what the map shows, announced politely to screen readers as it changes. */
import { counts, data, selectedSources } from '../state.ts';

export function Summary() {
  const index = data.value;
  const c = counts.value;
  if (!index || !c) return <p class="summary" />;
  let places = 0;
  for (let i = 0; i < c.own.length; i++) if (c.own[i]! > 0) places++;
  const sel = selectedSources.value;
  const sources = sel === null ? index.sources.length : sel.size;
  return (
    <p class="summary" aria-live="polite" data-testid="summary">
      <span data-testid="visible-count">{c.visible}</span> mentions of {places} places in {sources}{' '}
      of {index.sources.length} sources
    </p>
  );
}
