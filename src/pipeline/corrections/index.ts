/**
 * The corrections stage (README "Review and correct"): data/corrections/<source-id>.json, read
 * and checked, anchored in each source's text as it is now, and applied to the geoparser's
 * mentions in the one shipped parse (src/pipeline/output/annotate.ts).
 */
export { type Anchor, anchorCorrection } from './anchor.ts';
export { applyCorrections, type CorrectedMention, type CorrectionResult } from './apply.ts';
export { type PlacedCorrection, parseCorrectionsFile } from './parse.ts';
export {
  type CorrectionsRead,
  orphanProblems,
  readCorrectionsDir,
  readUserPlaces,
} from './read.ts';
export { checkUserPlaces, type UserPlaces, withUserPlaces } from './user-places.ts';
