/**
 * What the map's marks mean, in one place for the map and the legend so the two cannot
 * disagree. A fill, a circle and a border line all show the mentions that name that place
 * itself: a town's mentions are not added to its province or country, so nothing on screen
 * is counted twice (the panel still lists what lies inside). The classes are fixed, not
 * rescaled to the filters, so that two views can be compared.
 */

/** Lower bound of each colour class: 1, 2–4, 5–14, 15–49, 50+. */
export const FILL_BREAKS = [1, 2, 5, 15, 50] as const;

/** Class of a count: 0 for none (no fill), k + 1 for FILL_BREAKS[k] <= count. */
export function fillClass(count: number): number {
  let cls = 0;
  for (let k = 0; k < FILL_BREAKS.length; k++) if (count >= FILL_BREAKS[k]!) cls = k + 1;
  return cls;
}

/** The legend's label of each class: "1", "2–4", …, "50+". */
export function classLabels(): string[] {
  return FILL_BREAKS.map((lo, k) => {
    const next = FILL_BREAKS[k + 1];
    if (next === undefined) return `${lo}+`;
    return next - 1 === lo ? String(lo) : `${lo}–${next - 1}`;
  });
}

/** Circle radius in pixels: area proportional to the count, the same scale under any filter. */
export const MIN_RADIUS = 4;
export const MAX_RADIUS = 16;

export function pointRadius(count: number): number {
  if (count <= 0) return 0;
  return Math.min(MAX_RADIUS, Math.round(MIN_RADIUS * Math.sqrt(count) * 10) / 10);
}

/** Counts the legend shows circles for. */
export const SIZE_STEPS = [1, 4, 16] as const;
