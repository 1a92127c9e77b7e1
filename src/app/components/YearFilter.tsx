/**
 * The year filter: two labelled year inputs, the mode (publication year or the years the
 * sentence refers to), and a histogram of mentions per year with the chosen range lit.
 */
import { batch } from '@preact/signals';
import type { YearMode } from '../filters.ts';
import { plural } from '../model/words.ts';
import { DATED_BY_PUBLICATION } from '../model/years.ts';
import { data, histogram, yearFrom, yearMode, yearTo } from '../state.ts';

function commit(which: 'from' | 'to', raw: string, min: number, max: number): void {
  const trimmed = raw.trim();
  const y = /^\d{1,4}$/.test(trimmed) ? Math.min(max, Math.max(min, Number(trimmed))) : null;
  batch(() => {
    if (which === 'from') {
      yearFrom.value = y === null || y === min ? null : y;
      if (y !== null && yearTo.value !== null && yearTo.value < y) yearTo.value = y;
    } else {
      yearTo.value = y === null || y === max ? null : y;
      if (y !== null && yearFrom.value !== null && yearFrom.value > y) yearFrom.value = y;
    }
  });
}

/**
 * A click on a bar selects that year; a shift-click stretches the range to it. The year inputs
 * below do the same from the keyboard.
 */
function pickYear(y: number, extend: boolean, min: number, max: number): void {
  const from = yearFrom.value ?? min;
  const to = yearTo.value ?? max;
  const [a, b] = extend ? [Math.min(from, y), Math.max(to, y)] : [y, y];
  batch(() => {
    yearFrom.value = a === min ? null : a;
    yearTo.value = b === max ? null : b;
  });
}

/** Switching mode keeps the range only where it still falls inside the new mode's years. */
/** One end of the year range, as a number field labelled "From" or "To". */
function YearInput({
  which,
  value,
  min,
  max,
}: {
  which: 'from' | 'to';
  value: number;
  min: number;
  max: number;
}) {
  return (
    <label>
      {which === 'from' ? 'From' : 'To'}
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        data-testid={`year-${which}`}
        onChange={(e) => commit(which, e.currentTarget.value, min, max)}
      />
    </label>
  );
}

function ModeSwitch() {
  const mode = yearMode.value;
  const setMode = (m: YearMode) => {
    yearMode.value = m;
  };
  return (
    <div class="mode" role="radiogroup" aria-label="Which years">
      <label>
        <input
          type="radio"
          name="year-mode"
          value="published"
          data-testid="year-mode-published"
          checked={mode === 'published'}
          onChange={() => setMode('published')}
        />
        Year published
      </label>
      <label>
        <input
          type="radio"
          name="year-mode"
          value="referenced"
          data-testid="year-mode-referenced"
          checked={mode === 'referenced'}
          onChange={() => setMode('referenced')}
        />
        Years referred to
      </label>
    </div>
  );
}

export function YearFilter() {
  const index = data.value;
  const extent = index?.modeExtent[yearMode.value];
  const hist = histogram.value;
  if (!index) return null;
  if (!extent) {
    return (
      <fieldset class="filter" data-testid="year-filter">
        <legend>Years</legend>
        <p class="empty">No dates in this mode.</p>
        <ModeSwitch />
      </fieldset>
    );
  }
  const from = yearFrom.value ?? extent.min;
  const to = yearTo.value ?? extent.max;
  const max = hist ? Math.max(1, ...hist.counts) : 1;
  const years = extent.max - extent.min + 1;
  const mode = yearMode.value;
  return (
    <fieldset class="filter" data-testid="year-filter">
      <legend>Years</legend>
      <ModeSwitch />
      <svg
        class="histogram"
        viewBox={`0 0 ${years} 40`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Mentions per year, ${extent.min} to ${extent.max}`}
        data-testid="histogram"
      >
        {hist &&
          Array.from(hist.counts, (c, k) => {
            const y = extent.min + k;
            const h = c === 0 ? 0 : Math.max(1.5, (c / max) * 40);
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut only; the labelled From/To inputs below are the keyboard path to the same range.
              <rect
                key={y}
                x={k + 0.08}
                y={40 - h}
                width={0.84}
                height={h}
                class={y >= from && y <= to ? 'in' : 'out'}
                data-year={y}
                onClick={(e) => pickYear(y, e.shiftKey, extent.min, extent.max)}
              >
                <title>
                  {y}: {plural(c, 'mention')} (click to show only {y}, shift-click to extend the
                  range)
                </title>
              </rect>
            );
          })}
      </svg>
      <div class="histogram-axis" aria-hidden="true">
        <span>{extent.min}</span>
        <span>{extent.max}</span>
      </div>
      <div class="year-inputs">
        <YearInput which="from" value={from} min={extent.min} max={extent.max} />
        <YearInput which="to" value={to} min={extent.min} max={extent.max} />
        <button
          type="button"
          disabled={yearFrom.value === null && yearTo.value === null}
          onClick={() =>
            batch(() => {
              yearFrom.value = null;
              yearTo.value = null;
            })
          }
        >
          All years
        </button>
      </div>
      {mode === 'referenced' && (
        <p class="note" data-testid="year-mode-help">
          Each mention counts for the years named in its own clause. {DATED_BY_PUBLICATION}
        </p>
      )}
      {hist && hist.undated > 0 && (yearFrom.value !== null || yearTo.value !== null) && (
        <p class="note">
          {plural(hist.undated, 'mention')} without a{' '}
          {mode === 'published' ? 'publication year' : 'year'} {hist.undated === 1 ? 'is' : 'are'}{' '}
          hidden while a range is set.
        </p>
      )}
    </fieldset>
  );
}
