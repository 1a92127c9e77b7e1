/** The source filter: one labelled checkbox per source, with All and None. */
import { computed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { SourceMeta } from '../../shared/types.ts';
import {
  data,
  selectedSources,
  setSourceShown,
  showAllSources,
  showNoSources,
  sourceCounts,
} from '../state.ts';
import { memo } from './memo.ts';
import { SourceByline } from './SourceLine.tsx';

/**
 * One row; memoised, and its box bound to whether its source is shown, so that ticking a
 * source sets that box alone: no row, nor the list, is rendered again.
 */
const SourceRow = memo(function SourceRow({
  source,
  i,
  count,
}: {
  source: SourceMeta;
  i: number;
  count: number;
}) {
  const checked = useMemo(
    () =>
      computed(() => {
        const selected = selectedSources.value;
        return selected === null || selected.has(i);
      }),
    [i],
  );
  const id = `source-${i}`;
  return (
    <li>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        data-source-id={source.id}
        aria-describedby={`${id}-meta`}
        onChange={(e) => setSourceShown(i, e.currentTarget.checked)}
      />
      <label for={id}>
        <bdi>{source.title}</bdi>
      </label>
      <span class="source-meta" id={`${id}-meta`}>
        <SourceByline source={source} /> · <span data-testid="source-count">{count}</span>{' '}
        {count === 1 ? 'mention' : 'mentions'}
      </span>
    </li>
  );
});

export function SourceFilter() {
  const index = data.value;
  if (!index) return null;
  const counts = sourceCounts.value;
  return (
    <fieldset class="filter" data-testid="source-filter">
      <legend>Sources</legend>
      <div class="filter-actions">
        <button type="button" data-testid="sources-all" onClick={showAllSources}>
          All
        </button>
        <button type="button" data-testid="sources-none" onClick={showNoSources}>
          None
        </button>
      </div>
      <ul class="source-list">
        {index.sources.map((s, i) => (
          <SourceRow key={s.id} source={s} i={i} count={counts[i] ?? 0} />
        ))}
      </ul>
    </fieldset>
  );
}
