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
