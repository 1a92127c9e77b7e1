/**
 * Colours, shared by the map layers and the legend so the two cannot disagree.
 * Both ramps are ColorBrewer sequential schemes that stay ordered for the common forms of
 * colour blindness (and in greyscale): YlOrRd for provinces and regions, Purples — lighter and
 * half-transparent — for countries, so a country named 80 times cannot drown its provinces.
 */
export const REGION_RAMP = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;
export const COUNTRY_RAMP = ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1'] as const;
export const POINT_COLOUR = '#08306b';
export const BORDER_COLOUR = '#6a3d9a';
export const WATER = '#cfe3ef';
export const LAND = '#f4f1ea';
export const HIGHLIGHT = '#00a0b0';
export const COUNTRY_LINE = '#6a51a3';
export const AREA_LINE = '#7f2704';
export const PLACE_LABEL = '#2a1d12';
export const TRANSPARENT = 'rgba(0,0,0,0)';

/** '#rrggbb' with an alpha, as a CSS colour MapLibre reads. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}
