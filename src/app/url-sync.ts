/**
 * Keeps the URL query and the state signals in step. A state change pushes a history entry
 * (so Back undoes a filter change); Back/Forward re-read the query. MapLibre keeps its own
 * `#map=` hash with replaceState and leaves the query alone.
 */
import { effect } from '@preact/signals';
import type { DataIndex } from './filters.ts';
import { applyUrlState, urlState } from './state.ts';
import { formatUrlState, parseUrlState } from './url-state.ts';

export function readUrlState(index: DataIndex) {
  return parseUrlState(location.search, {
    sourceIds: index.sources.map((s) => s.id),
    hasPlace: (id) => index.placeIndex.has(id),
    yearExtent: index.yearExtent,
  });
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(index: DataIndex): () => void {
  applyUrlState(index, readUrlState(index));
  let first = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (search: string) => {
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    // The first write only tidies what was typed or pasted (dropping invalid parts).
    if (first) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  };
  const stopEffect = effect(() => {
    const search = formatUrlState(urlState.value);
    if (first) {
      write(search);
      first = false;
      return;
    }
    // pushState costs milliseconds in Chrome: written just after the change is on screen,
    // and once for a burst of changes (typing a year), so Back undoes the burst.
    clearTimeout(timer);
    timer = setTimeout(() => write(search), 120);
  });
  const onPop = () => {
    clearTimeout(timer);
    applyUrlState(index, readUrlState(index));
  };
  window.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    stopEffect();
    window.removeEventListener('popstate', onPop);
  };
}
