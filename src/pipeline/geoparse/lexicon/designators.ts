/** Designators: the words that tell what sort of place a name is ("Kandahar province", "the city of X"). */
import { wordSet } from './word-set.ts';

export type Designation = 'admin1' | 'admin2' | 'city' | 'country' | 'area' | 'water';

/** Designators that follow or precede a place name and tell its type ("Kandahar province"). */
export const DESIGNATORS: ReadonlyMap<string, Designation> = new Map<string, Designation>([
  ['province', 'admin1'],
  ['provinces', 'admin1'],
  ['state', 'admin1'],
  ['states', 'admin1'],
  ['region', 'admin1'],
  ['regions', 'admin1'],
  ['governorate', 'admin1'],
  ['governorates', 'admin1'],
  ['prefecture', 'admin1'],
  ['oblast', 'admin1'],
  ['county', 'admin2'],
  ['counties', 'admin2'],
  ['district', 'admin2'],
  ['districts', 'admin2'],
  ['agency', 'admin2'],
  ['agencies', 'admin2'],
  ['city', 'city'],
  ['cities', 'city'],
  ['town', 'city'],
  ['towns', 'city'],
  ['village', 'city'],
  ['villages', 'city'],
  ['capital', 'city'],
  ['country', 'country'],
  ['countries', 'country'],
  ['nation', 'country'],
  ['republic', 'country'],
  ['kingdom', 'country'],
  ['valley', 'area'],
  ['river', 'water'],
  ['rivers', 'water'],
  ['lake', 'water'],
  ['lakes', 'water'],
  ['sea', 'water'],
  ['mountains', 'area'],
  ['mountain', 'area'],
  ['border', 'area'],
  ['area', 'area'],
  ['areas', 'area'],
]);

/**
 * Offices named after the place they govern, which tell its type: "New York Gov. Andrew
 * Cuomo", "the Kandahar governor" (a state or province), "London Mayor Sadiq Khan" (a city).
 */
export const OFFICE_TITLES: ReadonlyMap<string, Designation> = new Map<string, Designation>([
  ['gov', 'admin1'],
  ['governor', 'admin1'],
  ['mayor', 'city'],
]);

/** Generic designators left outside a span: "Kurram District" → "Kurram". */
export const TRAILING_DESIGNATORS: ReadonlySet<string> = wordSet(
  'province district governorate oblast prefecture agency region division municipality',
);

/** Designators after a demonym that introduce a place: "the Indian city of X". */
export const DEMONYM_HEADS: ReadonlySet<string> = wordSet(
  'city town village port province state region district capital island border',
);

/** Plural designators after a list, which apply to every item ("Ghor and Helmand provinces"). */
export const PLURAL_DESIGNATORS: ReadonlySet<string> = wordSet(
  'provinces districts states regions cities towns villages countries governorates counties rivers lakes',
);

/** Designators before "of" and a name: "the city of Kandahar". */
export const BEFORE_DESIGNATORS: ReadonlySet<string> = wordSet(
  'city town village province district state county capital region country republic kingdom',
);

/** Designators after which an unknown capitalised name is still a place ("Jaji District"). */
export const UNKNOWN_TRIGGERS_AFTER: ReadonlySet<string> = wordSet(
  'province district village county governorate oblast prefecture valley',
);
export const UNKNOWN_PLURAL_TRIGGERS: ReadonlySet<string> = wordSet(
  'provinces districts villages counties governorates',
);
/** Designators before "of" that make an unknown name a place ("the village of Spina Shaga"). */
export const UNKNOWN_TRIGGERS_BEFORE: ReadonlySet<string> = wordSet(
  'city town village district province',
);
