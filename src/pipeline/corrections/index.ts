/**
 * The corrections stage (README "Review and correct"): data/corrections/<source-id>.json, read
 * and checked, anchored in each source's text as it is now, and applied to the geoparser's
 * mentions in the one shipped parse (src/pipeline/dataset/annotate.ts); data/user-places.json,
 * the places added by hand that corrections may choose.
 */
export { applyCorrections } from './apply.ts';
export type { PlacedCorrection } from './parse.ts';
export { orphanProblems, readCorrectionsDir, readUserPlaces } from './read.ts';
export { withUserPlaces } from './user-places.ts';
