/**
 * The year filter: two labelled year inputs, the mode (publication year or the years the
 * sentence refers to), and a histogram of mentions per year with the chosen range lit.
 */
import type { YearExtent, YearMode } from '../filters.ts';
import { plural } from '../model/words.ts';
import { DATED_BY_PUBLICATION } from '../model/years.ts';
import {
  data,
  histogram,
  pickYear,
  setYearMode,
  showAllYears,
  typeYear,
  yearExtent,
  yearFrom,
  yearMode,
  yearTo,
} from '../state.ts';

/** One end of the year range, as a number field labelled "From" or "To". */
function YearInput({
  which,
  value,
  extent,
}: {
  which: 'from' | 'to';
  value: number;
  extent: YearExtent;
}) {
  return (
    <label>
      {which === 'from' ? 'From' : 'To'}
      <input
        type="number"
        inputMode="numeric"
        min={extent.min}
        max={extent.max}
        value={value}
        data-testid={`year-${which}`}
        onInput={(e) => typeYear(which, e.currentTarget.value)}
      />
    </label>
  );
}

function ModeOption({ mode, label }: { mode: YearMode; label: string }) {
  return (
    <label>
      <input
        type="radio"
        name="year-mode"
        value={mode}
        data-testid={`year-mode-${mode}`}
        checked={yearMode.value === mode}
        onChange={() => setYearMode(mode)}
      />
      {label}
    </label>
  );
}

function ModeSwitch() {
  return (
    <div class="mode" role="radiogroup" aria-label="Which years">
      <ModeOption mode="published" label="Year published" />
      <ModeOption mode="referenced" label="Years referred to" />
    </div>
  );
}

/**
 * Mentions per year, the chosen range lit. A click on a bar selects that year; a shift-click
 * stretches the range to it. The year inputs below do the same from the keyboard.
 */
function YearHistogram({ extent, from, to }: { extent: YearExtent; from: number; to: number }) {
  const hist = histogram.value;
  const max = hist ? Math.max(1, ...hist.counts) : 1;
  const years = extent.max - extent.min + 1;
  return (
    <>
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
                onClick={(e) => pickYear(y, e.shiftKey)}
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
    </>
  );
}

/** What the mode counts, and what a range hides. */
function YearNotes() {
  const mode = yearMode.value;
  const hist = histogram.value;
  return (
    <>
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
    </>
  );
}

export function YearFilter() {
  const extent = yearExtent.value;
  if (!data.value) return null;
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
  return (
    <fieldset class="filter" data-testid="year-filter">
      <legend>Years</legend>
      <ModeSwitch />
      <YearHistogram extent={extent} from={from} to={to} />
      <div class="year-inputs">
        <YearInput which="from" value={from} extent={extent} />
        <YearInput which="to" value={to} extent={extent} />
        <button
          type="button"
          disabled={yearFrom.value === null && yearTo.value === null}
          onClick={showAllYears}
        >
          All years
        </button>
      </div>
      <YearNotes />
    </fieldset>
  );
}
