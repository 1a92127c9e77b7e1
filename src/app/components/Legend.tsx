/**
 * The legend: what a mark means (mentions naming that place itself), the two colour ramps with
 * their fixed classes, circle sizes, borders. Everything comes from model/encoding.ts and the
 * palette, which the map layers use too.
 */

import {
  BORDER_COLOUR,
  COUNTRY_RAMP,
  POINT_COLOUR,
  REGION_RAMP,
  UNCERTAIN_LINE,
} from '../map/palette.ts';
import { classLabels, pointRadius, SIZE_STEPS } from '../model/encoding.ts';
import { legendOpen, setLegendOpen } from '../model/ui.ts';

function Ramp({
  title,
  group,
  colours,
}: {
  title: string;
  group: 'area' | 'country';
  colours: readonly string[];
}) {
  return (
    <div class="legend-row">
      <span class="legend-title">{title}</span>
      <ul class="ramp" data-testid={`legend-ramp-${group}`}>
        {classLabels().map((label, k) => (
          <li key={label} data-testid="legend-class" data-label={label}>
            <span class="swatch" data-testid="legend-swatch" style={{ background: colours[k] }} />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Legend() {
  return (
    <details
      class="legend"
      open={legendOpen.value}
      data-testid="legend"
      onToggle={(e) => {
        // Only a change by the reader (a click on the summary) is an action to record.
        if (e.currentTarget.open !== legendOpen.value) setLegendOpen(e.currentTarget.open);
      }}
    >
      <summary class="legend-head">Legend</summary>
      <p class="legend-note" data-testid="legend-note">
        Colour and size: mentions that name the place itself, under the current filters (a town's
        are not added to its province or country). The classes are fixed. World regions are outlined
        only when chosen from the list. PROVINCE and DISTRICT names are in capitals, towns' as
        written.
      </p>
      <Ramp title="Provinces & districts" group="area" colours={REGION_RAMP} />
      <Ramp title="Countries" group="country" colours={COUNTRY_RAMP} />
      <div class="legend-row">
        <span class="legend-title">Towns & sites</span>
        <ul class="ramp sizes">
          {SIZE_STEPS.map((n) => {
            const r = pointRadius(n);
            return (
              <li key={n}>
                <svg width={2 * r + 4} height={2 * r + 4} aria-hidden="true">
                  <circle cx={r + 2} cy={r + 2} r={r} fill={POINT_COLOUR} stroke="#fff" />
                </svg>
                {n}
                {n === SIZE_STEPS[SIZE_STEPS.length - 1] ? '+' : ''}
              </li>
            );
          })}
        </ul>
      </div>
      <div class="legend-row">
        <span class="legend-title">Borders</span>
        <svg width="36" height="8" aria-hidden="true">
          <line x1="2" y1="4" x2="34" y2="4" stroke={BORDER_COLOUR} stroke-width="3" />
        </svg>
      </div>
      <div class="legend-row" data-testid="legend-uncertain">
        <span class="legend-title">Uncertain</span>
        <svg width="48" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="5.5" fill="#fff" stroke={POINT_COLOUR} stroke-width="2.5" />
          <rect
            x="20"
            y="2"
            width="26"
            height="12"
            fill="none"
            stroke={UNCERTAIN_LINE}
            stroke-width="2"
            stroke-dasharray="4 3"
          />
        </svg>
        <span>every mention shown may mean another place</span>
      </div>
    </details>
  );
}
