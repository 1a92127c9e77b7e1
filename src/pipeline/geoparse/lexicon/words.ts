/**
 * Closed word lists of English the recogniser and filters rely on: function words, people,
 * organisations, locatives. All entries lower-case. Kept apart from the rules, so that a rule
 * reads as logic and the lists can grow; the other lists of this folder hold directions,
 * water and landform words, designators, dates and documents.
 */
import { COMMON_WORDS_TEXT } from './data/common-words.ts';
import { GIVEN_NAMES_TEXT } from './data/given-names.ts';
import { COMPASS_POINTS } from './directions.ts';
import { wordSet as set } from './word-set.ts';

/** About 11,000 frequent English words (SCOWL 10+20): "police", "reading", "nice", "mobile". */
export const COMMON_WORDS: ReadonlySet<string> = set(COMMON_WORDS_TEXT);

/** Common given names (see data/given-names.ts). */
export const GIVEN_NAMES: ReadonlySet<string> = set(GIVEN_NAMES_TEXT);

/** Function words: never a place on their own, whatever the capitalisation. */
export const STOP_WORDS: ReadonlySet<string> = set(`
a about above across after again against all almost along already also although always am among
an and another any are around as at be because been before being below between both but by can
could did do does during each either else even ever every few for from further had has have he
her here hers him his how however i if in into is it its itself just least less like many may me
might more most much must my neither never no nor not now of off often on once one only onto or
other our ours out over own per perhaps rather same she should since so some still such than that
the their theirs them then there these they this those though through thus till to too toward
towards under unless until up upon us very via was we were what whatever when where whereas
wherever whether which while who whom whose why will with within without would yet you your
according also amid amidst despite except inside outside near beyond behind beside besides
meanwhile moreover nevertheless nonetheless otherwise therefore hence indeed instead yes
mr mrs ms dr st
`);

/** Lower-case words allowed inside a multi-word place name ("Bosnia and Herzegovina", "Mazar-e-Sharif"). */
export const NAME_CONNECTORS: ReadonlySet<string> = set(`
of the and de del della dello dei degli di da do dos das du des la le les el al ad adh ar as ash at ez
an am e i y u o ul ur ud upon on in sur sous en aux au der den van von zu dem na nad pod bin ibn
`);

/** Lower-case article-like prefixes joined to a capitalised word by a hyphen ("al-Anbar", "el-Arish"). */
export const HYPHEN_PREFIXES: ReadonlySet<string> = set('al el ad adh ar as ash at an az ed es ez');

/** Titles and honorifics: the capitalised word after one is a person ("Mr Jordan", "General Kandahar"?). */
export const TITLES: ReadonlySet<string> = set(`
president pres mr mrs ms miss mx dr prof professor sir lord lady dame general gen maj major col
colonel capt captain lt lieutenant sgt sergeant admiral adm cmdr commander marshal brigadier
mullah mulla maulana maulvi mawlawi moulvi mufti sheikh shaikh sheik imam emir amir ayatollah hajji
haji qari hafiz sayyid syed pir khalifa caliph king queen prince princess emperor empress sultan
shah senator sen rep representative congressman congresswoman governor gov minister premier
chancellor judge justice father pope cardinal archbishop bishop rev reverend pastor rabbi sister
mayor ambassador secretary inspector detective officer agent chief spokesman
spokeswoman spokesperson deputy vice nawab begum sardar sahib mian
`);

/** Particles inside person names: "Osama bin Laden", "Ayman al-Zawahiri", "Abu Bakr". */
// Romance particles (de, da, di, la) are left out: they join place and organisation names
// as often as person names ("Instituto de Córdoba", "Rio de Janeiro").
export const PERSON_PARTICLES: ReadonlySet<string> = set(
  'bin ibn bint binti abu umm ben al el ul ud van von',
);
/** Particles that join person names only when a given name stands before them ("Luis de Cabrera"). */
export const WEAK_PERSON_PARTICLES: ReadonlySet<string> = set(
  'de da di dos das du del della van der den la le',
);

/** Verbs of saying that follow a person's name ("Bergen said"). */
export const SPEECH_VERBS: ReadonlySet<string> = set(`
said says say told tells added adds stated states explained explains noted notes argued argues
wrote writes tweeted tweets asked asks replied replies claimed claims warned warns insisted
insists recalled recalls admitted admits acknowledged acknowledges believes believed thinks
thought commented comments predicted predicts reported reports
`);

/**
 * Head words of organisation, institution, media and document names. A place word in a
 * capitalised phrase with one of these is part of a name, not a place mention
 * ("University of Trieste", "Doha Agreement", "Kabul University", "Voice of America").
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = set(`
instituto institut universidad universidade università universite université banco banque
elementary
ministerio ministère escuela colegio tech polytechnic house palace hall tower towers mall
university universities college institute institution school academy seminary madrasa madrassa
bank banks movement party parties front league forum assembly street road avenue boulevard lane
union
fc afc cf sc united rovers wanderers albion hotspur athletic athletico atletico atlético sporting
olympique olympiacos inter real dynamo dinamo lokomotiv spartak bayern borussia corporation company companies group airlines
airways airline foundation society association organisation organization federation chamber
exchange index stadium hospital hotel club fc clinic museum library trust fund centre center
board bureau network networks brotherhood mosque shrine
`);
/**
 * Nouns for parts and kinds of organisations that a name in apposition then names ("its media
 * arm, as-Sahab,", "the broadcaster, Al Jazeera,"), beside the heads above.
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = set(`
arm wing outlet channel broadcaster affiliate faction branch subsidiary offshoot franchise
`);
/** Places of worship, which are often named after saints ("St. Mark's Cathedral"). */
export const WORSHIP_HEADS: ReadonlySet<string> = set(`
church cathedral chapel abbey basilica minster parish
`);
export const MEDIA_HEADS: ReadonlySet<string> = set(`
times post tribune herald journal gazette news newspaper voice radio television tv broadcasting
presse
press observer telegraph guardian chronicle standard daily weekly monthly review magazine wire
`);
/** Kin and partners: "his wife, Dora", "her twin sister, Jessi" name a person after the comma. */
export const KINSHIP_WORDS: ReadonlySet<string> = set(`
wife husband son daughter sister brother mother father grandson granddaughter grandmother
grandfather partner widow widower fiancé fiancée fiance fiancee niece nephew cousin aunt uncle
stepson stepdaughter
`);
/** Lower-case words after a place that make its name a disease's: "Reston ebolavirus", "Lassa fever". */
export const DISEASE_HEADS: ReadonlySet<string> = set(`
virus viruses ebolavirus fever disease flu influenza syndrome
`);
/** Heads that a country may modify and still be the place ("Pakistan Army", "US Defence Department"). */
export const STATE_HEADS: ReadonlySet<string> = set(`
ministry department agency council commission committee government office service services
authority authorities army navy police forces force corps guard guards brigade brigades
battalion regiment embassy consulate parliament senate congress court assembly mission
command operations
`);
/** Militant and political group words: a place right after one is part of the group's name ("Tehrik-i-Taliban Pakistan"). */
export const GROUP_HEADS: ReadonlySet<string> = set(`
taliban qaeda qaida jamaat jamiat lashkar jaish harkat sipah hezb hizb hezbollah hizbullah
mujahideen mujahedeen emirate caliphate tehreek tehrik movement front
`);

/** Prepositions that put the next noun phrase at a location ("in", "near", "from"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = set(`
in at near from to into inside outside around across toward towards via through throughout
within along beyond onto visited visit visiting entered enter reached
`);

/** Words after which "to" introduces a person or a cause, not a destination ("according to X"). */
export const NON_LOCATIVE_TO_HEADS: ReadonlySet<string> = set(`
according thanks due owing compared contrary prior subject pursuant related loyal loyalty
allegiance referring spoke speaking talked talking said told wrote written addressed
`);

/** Nouns after which "of" introduces a location ("the outskirts of X", "the north of X"). */
export const LOCATIVE_OF_HEADS: ReadonlySet<string> = set(
  COMPASS_POINTS,
  `outskirts suburbs suburb centre center heart parts part city town village province district
  region capital streets areas area border borders edge coast shores banks outside state county
  island islands republic kingdom emirate territory governorate prefecture municipality borough`,
);

/**
 * Proper words that name peoples, faiths, languages, scriptures and festivals, not places
 * ("Arab", "Sunni", "Pashtun", "English", "Koran", "Eid"), on top of the gazetteer's
 * demonyms (which cover nationalities only). GeoNames has villages with many of these names.
 */
export const GROUP_WORDS: ReadonlySet<string> = set(`
arab arabs arabic sunni sunnis shia shias shiite shiites shi'ite muslim muslims islam islamic
islamist islamists christian christians christianity catholic catholics protestant protestants
orthodox jewish jew jews judaism hindu hindus hinduism sikh sikhs buddhist buddhists buddhism
druze alawite alawites yazidi yazidis ahmadi ahmadis sufi sufis salafi salafis wahhabi wahhabis
deobandi barelvi jihadi jihadis mujahid pashtun pashtuns pashto pakhtun pakhtuns pathan pathans
tajik tajiks hazara hazaras uzbek uzbeks turkmen baloch baluch balochi baluchi punjabi punjabis
sindhi sindhis kashmiri kashmiris kurd kurds kurdish berber berbers tuareg fulani hausa yoruba
igbo somali somalis amhara oromo tigrayan tigrayans rohingya bengali bengalis tamil tamils
sinhalese persian persians farsi dari urdu hindi english french german spanish italian
portuguese russian chinese mandarin cantonese japanese korean latin greek hebrew aramaic swahili
koran quran qur'an hadith sunnah sharia shariah bible torah talmud eid ramadan ramzan hajj umrah
diwali christmas easter passover hanukkah nowruz muharram ashura allah god jesus christ prophet
western westerners eastern oriental european europeans african africans asian asians latino
latinos caucasian slavic anglo saxon celtic nordic scandinavian
`);

/** Buildings and institutions named like places: not places (guideline: facilities). */
export const FACILITY_NAMES: ReadonlySet<string> = new Set([
  'el nino',
  'la nina',
  'white house',
  'pentagon',
  'kremlin',
  'capitol',
  'capitol hill',
  'downing street',
  'elysee',
  'elysee palace',
  'blue house',
  'world trade center',
  'world trade centre',
  'twin towers',
  'foggy bottom',
  'quai d orsay',
  'whitehall',
  'number 10',
]);
