/**
 * Colours, shared by the map layers and the legend so the two cannot disagree. Fills are
 * opaque, so each is exactly its legend swatch. Both ramps are sequential and stay ordered
 * for the common forms of colour blindness (and in greyscale): ColorBrewer YlOrRd for
 * provinces and districts; for countries a light purple ramp (ColorBrewer Purples, lightened
 * towards the land colour) whose lightest step still stands apart from unnamed land, so that
 * a country named 80 times does not drown its provinces.
 */
export const REGION_RAMP = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;
export const COUNTRY_RAMP = ['#e9e5f2', '#d8d1ea', '#c4bade', '#ad9fd0', '#9484c0'] as const;
export const POINT_COLOUR = '#08306b';
export const BORDER_COLOUR = '#6a3d9a';
export const WATER = '#cfe3ef';
export const LAND = '#f4f1ea';
export const HIGHLIGHT = '#00a0b0';
export const COUNTRY_LINE = '#6a51a3';
export const AREA_LINE = '#7f2704';
export const PLACE_LABEL = '#2a1d12';
/** The dashed outline of an area whose shown mentions are all uncertain. */
export const UNCERTAIN_LINE = '#1a1a1a';
export const TRANSPARENT = 'rgba(0,0,0,0)';

/** '#rrggbb' with an alpha, as a CSS colour MapLibre reads. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}
