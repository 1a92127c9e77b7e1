/** The legend: both colour ramps with their class ranges, circle sizes, and the border symbol. */

import { useState } from 'preact/hooks';
import { pointRadius } from '../map/legend-scale.ts';
import { BORDER_COLOUR, COUNTRY_RAMP, POINT_COLOUR, REGION_RAMP } from '../map/palette.ts';
import { breaks } from '../state.ts';

function ranges(b: readonly number[]): string[] {
  return b.map((lo, k) => {
    const next = b[k + 1];
    if (next === undefined) return `${lo}+`;
    return next - 1 === lo ? String(lo) : `${lo}–${next - 1}`;
  });
}

function Ramp({ title, colours, b }: { title: string; colours: readonly string[]; b: number[] }) {
  if (b.length === 0) return null;
  const labels = ranges(b);
  return (
    <div class="legend-row">
      <span class="legend-title">{title}</span>
      <ul class="ramp">
        {labels.map((label, k) => (
          <li key={label}>
            <span class="swatch" style={{ background: colours[k] }} />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Legend() {
  const b = breaks.value;
  // On a phone the legend starts folded, to leave the map its little room.
  const [narrow] = useState(() => window.innerWidth <= 720);
  const sizes = b.pointMax > 0 ? [...new Set([1, Math.ceil(b.pointMax / 4), b.pointMax])] : [];
  return (
    <details class="legend" open={!narrow} data-testid="legend">
      <summary class="legend-head">Legend: mentions under the current filters</summary>
      <Ramp title="Provinces & districts" colours={REGION_RAMP} b={b.area} />
      <Ramp title="Countries & regions" colours={COUNTRY_RAMP} b={b.country} />
      {sizes.length > 0 && (
        <div class="legend-row">
          <span class="legend-title">Towns & sites</span>
          <ul class="ramp sizes">
            {sizes.map((n) => {
              const r = pointRadius(n, b.pointMax);
              return (
                <li key={n}>
                  <svg width={2 * r + 4} height={2 * r + 4} aria-hidden="true">
                    <circle cx={r + 2} cy={r + 2} r={r} fill={POINT_COLOUR} stroke="#fff" />
                  </svg>
                  {n}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div class="legend-row">
        <span class="legend-title">Borders</span>
        <svg width="36" height="8" aria-hidden="true">
          <line x1="2" y1="4" x2="34" y2="4" stroke={BORDER_COLOUR} stroke-width="3" />
        </svg>
      </div>
    </details>
  );
}
