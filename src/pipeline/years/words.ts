/** Small vocabularies the year rules share. */
import { MONTH_NAMES } from '../../shared/dates.ts';

/** Month names, lower-case, January first: the one list in shared/dates.ts. */
const MONTHS: readonly string[] = MONTH_NAMES.map((m) => m.toLowerCase());

/** "Jan", "Feb", …: three letters, "May" whole (its name), "Sep" also "Sept". */
const MONTH_ABBREVIATIONS = MONTH_NAMES.filter((m) => m.length > 3).map((m) =>
  m === 'September' ? 'Sept?' : m.slice(0, 3),
);

/** Month names and their abbreviations ("Sept.", "Jan") as a regex alternative, capitalised. */
export const MONTH_RE = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map((a) => `${a}\\.?`)].join('|')})`;

/** 1-based month of a name or abbreviation matched by MONTH_RE. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  a_few: 3,
  several: 3,
};

/** A small count in words or digits ("two", "a", "20"). */
export const COUNT_RE =
  '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)';

export function countValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

/**
 * Nouns that, right after a four-digit number, make it a count or a measure, not a year:
 * "2000 fighters", "1500 km", "1994 years". Time units are here on purpose: "1500 years" is a
 * duration.
 */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'years',
  'year',
  'months',
  'days',
  'hours',
  'minutes',
  'weeks',
  'decades',
  'centuries',
  'km',
  'kms',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'm',
  'ft',
  'feet',
  'kg',
  'tons',
  'tonnes',
  'acres',
  'hectares',
  'sq',
  'people',
  'persons',
  'men',
  'women',
  'children',
  'boys',
  'girls',
  'fighters',
  'troops',
  'soldiers',
  'militants',
  'members',
  'civilians',
  'refugees',
  'families',
  'households',
  'prisoners',
  'detainees',
  'casualties',
  'deaths',
  'dead',
  'killed',
  'wounded',
  'injured',
  'students',
  'workers',
  'officers',
  'police',
  'policemen',
  'insurgents',
  'jihadists',
  'recruits',
  'volunteers',
  'guards',
  'personnel',
  'staff',
  'villagers',
  'residents',
  'dollars',
  'euros',
  'pounds',
  'rupees',
  'afghanis',
  'dinars',
  'riyals',
  'usd',
  'votes',
  'words',
  'pages',
  'copies',
  'rounds',
  'vehicles',
  'weapons',
  'rockets',
  'missiles',
  'villages',
  'schools',
  'homes',
  'houses',
  'camps',
  'million',
  'billion',
  'thousand',
  'hundred',
  'percent',
  'per',
  'times',
]);

/** Words before a number that make it a label, not a year: "page 1994", "resolution 1267". */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'page',
  'pages',
  'p',
  'pp',
  'no',
  'nos',
  'number',
  'resolution',
  'resolutions',
  'article',
  'paragraph',
  'para',
  'section',
  'chapter',
  'vol',
  'volume',
  'room',
  'flight',
  'route',
  'highway',
  'code',
  'item',
  'line',
  'footnote',
  'note',
  'figure',
  'fig',
  'table',
  'box',
  'unit',
  'platoon',
  'squadron',
  'battalion',
  'brigade',
  'regiment',
  'division',
  'model',
]);

/** Words before a year that make it one even when a capitalised word follows ("In 2001 Bin Laden…"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'to',
  'during',
  'before',
  'after',
  'of',
  'on',
  'around',
  'circa',
  'ca',
  'early',
  'late',
  'mid',
  'year',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'and',
  'through',
  'between',
]);
