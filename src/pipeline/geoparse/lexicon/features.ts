/** Words for bodies of water and landforms, as heads of their names ("Red Sea", "Helmand River"). */
import { wordSet } from './word-set.ts';

/** Words that make a name a body of water when they end it ("Red Sea"). */
export const WATER_WORDS: ReadonlySet<string> = wordSet(
  'sea ocean river lake gulf bay strait straits canal channel sound lagoon',
);

/** Water words that make a name water when they open it ("Gulf of Aden", "Lake Chad"). */
export const WATER_OPENERS: ReadonlySet<string> = wordSet('lake gulf bay strait straits sea river');

/** Capitalised feature words that belong to the name after it ("Helmand River", "Dal Lake"). */
export const FEATURES_AFTER_NAME: ReadonlySet<string> = wordSet(`
river lake valley bay sea pass dam forest gap desert mountains hills range island islands strait
canal plateau peninsula gorge glacier falls delta basin coast oasis county
`);

/** Features that may lie far from the place they are named after ("Makran Coast"). */
export const FAR_FEATURES: ReadonlySet<string> = wordSet(
  'sea strait coast islands peninsula basin gulf delta',
);

/** Feature words that open a name: "Lake Tefé", "Mount Elgon". */
export const FEATURES_BEFORE_NAME: ReadonlySet<string> = wordSet('lake mount mt');

/** Feature words that open a name with "of": "Bay of Bengal", "Gulf of Aden". */
export const FEATURES_BEFORE_OF: ReadonlySet<string> = wordSet(
  'bay gulf strait straits sea isle cape lake sound',
);

/** Feature words that end a name made of common words ("Rocky Mountains", "Black Sea"). */
export const COMMON_NAME_FEATURES: ReadonlySet<string> = wordSet(`
sea ocean river lake lakes gulf bay strait straits channel sound desert mountains range island
islands peninsula valley plains coast horn
`);
