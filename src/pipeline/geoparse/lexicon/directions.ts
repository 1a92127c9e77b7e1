/** Compass words, and the lists built from them for the rules that read them. */
import { wordSet } from './word-set.ts';

const CARDINAL_POINTS = 'north south east west';

/** The eight points of the compass as nouns, with and without a hyphen. */
export const COMPASS_POINTS: ReadonlySet<string> = wordSet(
  CARDINAL_POINTS,
  'northeast northwest southeast southwest north-east north-west south-east south-west',
);

/** The same points as adjectives. */
export const DIRECTION_ADJECTIVES: ReadonlySet<string> = wordSet(`
northern southern eastern western northeastern northwestern southeastern southwestern
north-eastern north-western south-eastern south-western
`);

/** Names that are only a direction before their designator ("Eastern Province"). */
export const DIRECTION_WORDS: ReadonlySet<string> = wordSet(
  DIRECTION_ADJECTIVES,
  'central',
  CARDINAL_POINTS,
);

/** Compass words: "the West", "the north" are vague areas, not places. */
export const COMPASS_WORDS: ReadonlySet<string> = wordSet(
  COMPASS_POINTS,
  'orient occident midwest',
);

/** Lower-case words that may stand between a locative preposition and a place ("in southern Afghanistan"). */
export const LOCATIVE_MODIFIERS: ReadonlySet<string> = wordSet(
  'the',
  DIRECTION_WORDS,
  `neighbouring neighboring rural remote restive war-torn mountainous nearby downtown greater
  upper lower coastal landlocked occupied`,
);

/** Capitalised modifiers that may precede a place without making it part of a person's name. */
export const PLACE_MODIFIERS: ReadonlySet<string> = wordSet(
  COMPASS_POINTS,
  DIRECTION_ADJECTIVES,
  `central upper lower greater inner outer old new former occupied rural downtown metropolitan
  coastal mainland`,
);
