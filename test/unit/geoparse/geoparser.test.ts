/**
 * End-to-end behaviour of createGeoparser on the fake gazetteer: recognition decisions and
 * resolution among homonyms, with the reason for each rule in the test name.
 */
import { describe, expect, it, vi } from 'vitest';
import { createGeoparser } from '../../../src/pipeline/geoparse/index.ts';
import { UNCERTAIN_BELOW } from '../../../src/shared/types.ts';
import { gazetteer } from './helpers.ts';

const parser = createGeoparser(gazetteer);
const ids = (text: string): [string, string | null][] =>
  parser.parse(text).map((m) => [m.text, m.place?.id ?? null]);
const placeOf = (text: string, surface: string, n = 0): string | null | undefined =>
  parser.parse(text).filter((m) => m.text === surface)[n]?.place?.id;

describe('recognition', () => {
  it('finds datelines, lists, borders, regions and metonyms', () => {
    expect(ids('KABUL -- Fighting in Ghor, Helmand and Paktia provinces.')).toEqual([
      ['KABUL', 'geonames:1138957'],
      ['Ghor', 'admin1:AF-GHO'],
      ['Helmand', 'admin1:AF-HEL'],
      ['Paktia', 'admin1:AF-PIA'],
    ]);
    expect(ids('They crossed the Afghanistan-Pakistan border into the tribal areas.')).toEqual([
      ['Afghanistan-Pakistan border', 'border:AF-PK'],
      ['tribal areas', 'region:pk-tribal-areas'],
    ]);
    expect(ids('Islamabad had dispatched its foreign minister to Central Asia.')).toEqual([
      ['Islamabad', 'geonames:1176615'],
      ['Central Asia', 'region:central-asia'],
    ]);
  });

  it('reads a dateline with an agency credit in capitals ("ISLAMABAD (AP) —")', () => {
    expect(ids('Headline\n\nISLAMABAD (AP) — Officials said fighting in Ghor had ended.')).toEqual([
      ['ISLAMABAD', 'geonames:1176615'],
      ['Ghor', 'admin1:AF-GHO'],
    ]);
    // An all-caps headline is still not a dateline.
    expect(ids('KABUL AND GHOR BRACE FOR FLOODS (AP)\n\nText.')).toEqual([
      ['KABUL', 'geonames:1138957'],
      ['GHOR', 'admin1:AF-GHO'],
    ]);
  });

  it('reads common words ending in a feature word as the feature ("Black Sea")', () => {
    expect(ids('A port on the eastern shore of the Black Sea.')).toEqual([
      ['Black Sea', 'water:black-sea'],
    ]);
  });

  it('keeps a country whose demonym is its own name ("Djibouti")', () => {
    expect(ids('The ship continued toward Djibouti on Monday.')).toEqual([
      ['Djibouti', 'country:DJ'],
    ]);
  });

  it('keeps a curated alias of a sea made of common words ("East Sea"), not of a border', () => {
    expect(ids('Missiles fell into the East Sea on Monday.')).toEqual([
      ['East Sea', 'water:sea-of-japan'],
    ]);
    expect(ids('Commuters on the Green Line were delayed.')).toEqual([]);
  });

  it('does not read the last place of a list after "in" as a speaker', () => {
    expect(
      ids('In India, hotels in Gulmarg and Pahalgam reported full bookings.').map((x) => x[0]),
    ).toEqual(['India', 'Gulmarg', 'Pahalgam']);
    expect(
      ids('In India, visitors from Gulmarg and the Pahalgam Valley say it is busy.').map(
        (x) => x[0],
      ),
    ).toEqual(['India', 'Gulmarg', 'Pahalgam Valley']);
  });

  it('a saint\'s name before an institution is not the town of that name ("St. Paul\'s Hospital")', () => {
    expect(ids("She was treated at St. Paul's Hospital in Kabul.")).toEqual([
      ['Kabul', 'geonames:1138957'],
    ]);
    expect(ids('Mass was said at St Paul’s Anglican Cathedral.')).toEqual([]);
    // The town itself, and a place's possessive before an institution, stay mentions.
    expect(ids("She flew to St. Paul. Kabul's Indira Gandhi Hospital was full.")).toEqual([
      ['St. Paul', 'geonames:5045360'],
      ['Kabul', 'geonames:1138957'],
    ]);
  });

  it('a name in apposition to an organisation noun is its name ("its media arm, as-Sahab,")', () => {
    expect(ids("The group's media arm, as-Bergen, posted a video.")).toEqual([]);
    expect(ids('Its broadcaster, Bergen, posted a video.')).toEqual([]);
    // After a place noun or a designator it is a place, and an open clause is not an apposition.
    expect(ids('The port, Bergen, was calm.').map((x) => x[0])).toEqual(['Bergen']);
    expect(ids('He left the group, Bergen officials said.').map((x) => x[0])).toEqual(['Bergen']);
  });

  it('a country after another in a list is not part of a name ("the United States and Canada")', () => {
    expect(ids('Cases in the United States and Canada rose.')).toEqual([
      ['United States', 'country:US'],
      ['Canada', 'country:CA'],
    ]);
    // A name's words before it still make it part of the name.
    expect(ids('The Bank of Canada raised rates.')).toEqual([]);
  });

  it('reads an elided article inside a name ("Côte d\'Ivoire")', () => {
    expect(ids("Norway, Côte d'Ivoire and Côte d’Ivoire's neighbours agreed.")).toEqual([
      ['Norway', 'country:NO'],
      ["Côte d'Ivoire", 'country:CI'],
      ['Côte d’Ivoire', 'country:CI'],
    ]);
  });

  it('keeps the designator of a curated name that has it ("Kurdistan Region")', () => {
    expect(ids('Talks with the Kurdistan Region resumed.')).toEqual([
      ['Kurdistan Region', 'curated:kurdistan-region'],
    ]);
  });

  it('a person elsewhere does not drop a place its container or apposition places', () => {
    expect(ids('Paris Hilton sang. Paris, Texas, was hit by a storm.')).toEqual([
      ['Paris', 'geonames:4717560'],
      ['Texas', 'admin1:US-TX'],
    ]);
    expect(ids('Carl Washington spoke. The capital, Washington, was calm.')).toEqual([
      ['Washington', 'geonames:1162015'],
    ]);
  });

  it('a name the text puts at a location is a place throughout, despite a title elsewhere', () => {
    // "the club Sheriff Tiraspol … authorities in Tiraspol … that Tiraspol accept"
    expect(ids('General Bergen spoke. Officials in Bergen met. Bergen accepted the plan.')).toEqual(
      [
        ['Bergen', 'geonames:3161732'],
        ['Bergen', 'geonames:3161732'],
      ],
    );
  });

  it('a given name alone is the person, not a big place that has it among its foreign names', () => {
    expect(ids('Mike still spells it with a u.')).toEqual([]);
    expect(ids('Pilgrims flew to Makkah.')).toEqual([['Makkah', 'geonames:104515']]);
  });

  it('a place near which something is said is no speaker ("a camp near Bergen said")', () => {
    expect(ids('A camp near Bergen said it had no cases.')).toEqual([
      ['Bergen', 'geonames:3161732'],
    ]);
    expect(ids('Bergen said it had no cases.')).toEqual([]);
  });

  it('"according to" introduces a source, not a destination', () => {
    expect(ids('Peter Bergen wrote a book. According to Bergen, the talks failed.')).toEqual([]);
  });

  it('a place before the name of a body is not a person throughout the text', () => {
    expect(ids('The Kandahar Irrigation Department said so. Kandahar braces for floods.')).toEqual([
      ['Kandahar', 'geonames:1138958'],
    ]);
  });

  it('reads an AP state abbreviation after a town and a comma ("PARIS, Tex. —")', () => {
    expect(ids('PARIS, Tex. — A tornado hit the town.')).toEqual([
      ['PARIS', 'geonames:4717560'],
      ['Tex.', 'admin1:US-TX'],
    ]);
    // Alone, the abbreviation is not read.
    expect(ids('Tex. said so.')).toEqual([]);
  });

  it('reads an Arabic generic word, article and name as one name ("Ain al-Asad")', () => {
    const [m] = parser.parse('Troops are based at the Ain al-Asad air base.');
    expect(m?.text).toBe('Ain al-Asad');
    expect(m?.place).toBeNull();
    expect(ids('Fighting in Deir ez-Zor province.')).toEqual([['Deir ez-Zor', 'admin1:SY-DY']]);
  });

  it('reads a headline name the text gives a title ("Mr Jordan") as the person', () => {
    const text = 'Senate confirms Jordan as envoy\n\nMr Jordan spoke. He will fly to Jordan.';
    expect(parser.parse(text).map((m) => [m.start, m.text, m.place?.id])).toEqual([
      [text.lastIndexOf('Jordan'), 'Jordan', 'country:JO'],
    ]);
  });

  it('matches a name with a lower-case "in" inside it', () => {
    expect(
      ids('Violence in Mindanao fell after the Bangsamoro Autonomous Region in Muslim Mindanao.'),
    ).toEqual([
      ['Mindanao', 'region:mindanao'],
      ['Bangsamoro Autonomous Region in Muslim Mindanao', 'region:barmm'],
    ]);
  });

  it('leaves out the article but keeps a designator outside the span', () => {
    expect(ids('Ships in the Gulf and in Kandahar province.')).toEqual([
      ['Gulf', 'region:gulf'],
      ['Kandahar', 'admin1:AF-KAN'],
    ]);
  });

  it('reports a designated name the gazetteer lacks as unresolved', () => {
    const [m] = parser.parse('They met in Jaji District of Paktia.');
    expect(m?.text).toBe('Jaji');
    expect(m?.place).toBeNull();
    expect(m?.reason).toBe('not in the gazetteer');
  });

  it('drops a tiny foreign homonym of a word-like name with no support', () => {
    expect(ids('Mullah Omar met the Taliban. Laden was there.')).toEqual([]);
  });

  it('a feature name grown over the next name replaces it ("Gulf of Kabul")', () => {
    expect(parser.parse('Gulf of Kabul').map((m) => [m.start, m.end])).toEqual([[0, 13]]);
  });

  it('keeps offsets exact with astral characters and CRLF', () => {
    const text = '😀😀 In Kabul,\r\nand in 😀 Doha.';
    for (const m of parser.parse(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ids(text).map((x) => x[0])).toEqual(['Kabul', 'Doha']);
  });
});

describe('resolution', () => {
  it('prefers the own name over an alternate name (Islamabad, not Chittagong)', () => {
    expect(placeOf('Talks were held in Islamabad.', 'Islamabad')).toBe('geonames:1176615');
  });

  it('uses a container: "Paris, Texas" and then bare "Paris" in the same text', () => {
    const t = 'A tornado hit Paris, Texas. In Paris, people sheltered.';
    expect(placeOf(t, 'Paris', 0)).toBe('geonames:4717560');
    expect(placeOf(t, 'Paris', 1)).toBe('geonames:4717560');
  });

  it('places a name beside the place the text says it is near: "Kandahar, north of Nanded"', () => {
    const t = 'A bus crashed in Kandahar, north of Nanded, on Monday. Kandahar was cut off.';
    expect(placeOf(t, 'Kandahar', 0)).toBe('geonames:9000001');
    // The bare name later on keeps that reading.
    expect(placeOf(t, 'Kandahar', 1)).toBe('geonames:9000001');
    // A relation to a whole country says too little to move it.
    expect(placeOf('A bus crashed in Kandahar, north of India.', 'Kandahar')).toBe(
      'geonames:1138958',
    );
  });

  it('reads an office after a name as the kind of place it governs ("the Kandahar governor")', () => {
    expect(placeOf('The Kandahar governor said so.', 'Kandahar')).toBe('admin1:AF-KAN');
    expect(placeOf('Former Georgia Gov. Zell Miller spoke.', 'Georgia')).toBe('admin1:US-GA');
    expect(placeOf('The Kandahar mayor said so.', 'Kandahar')).toBe('geonames:1138958');
  });

  it('uses a country container to pick a minor homonym: "Kandahar, India"', () => {
    expect(placeOf('Officials in Kandahar, India, said so.', 'Kandahar')).toBe('geonames:9000001');
  });

  it('uses a container after ", in": "Kandahar, in India"', () => {
    expect(placeOf('Officials in Kandahar, in India, said so.', 'Kandahar')).toBe(
      'geonames:9000001',
    );
  });

  it('reads "the Indian town of X" as a place in India', () => {
    expect(placeOf('Rain fell on the Indian town of Kandahar.', 'Kandahar')).toBe(
      'geonames:9000001',
    );
    expect(placeOf('Rain fell on the town of Kandahar.', 'Kandahar')).toBe('geonames:1138958');
  });

  it('reads Georgia by the document: the country near Europe, the state near Texas', () => {
    expect(placeOf('Georgia and France signed a deal in Paris, France.', 'Georgia')).toBe(
      'country:GE',
    );
    expect(
      placeOf(
        'Storms moved from Texas to Georgia, officials in the United States said.',
        'Georgia',
      ),
    ).toBe('admin1:US-GA');
  });

  it('province or city: bare name → city (its capital); "province" or a province list → province', () => {
    expect(placeOf('Fighting in Kandahar left ten dead.', 'Kandahar')).toBe('geonames:1138958');
    expect(placeOf('Fighting in Kandahar province left ten dead.', 'Kandahar')).toBe(
      'admin1:AF-KAN',
    );
    expect(placeOf('Fighting in Kandahar, Helmand and Ghor left ten dead.', 'Kandahar')).toBe(
      'admin1:AF-KAN',
    );
  });

  it('a small place with no support that the text locates is a low-confidence guess', () => {
    const [m] = parser.parse('Officials met in Valle on Monday.');
    expect(m?.place?.id).toBe('geonames:9000002');
    expect(m?.confidence).toBeLessThan(UNCERTAIN_BELOW);
  });

  it('a small place far from everywhere the text is about is reported unresolved, not marked there', () => {
    const [, , m] = parser.parse('Ministers from Kabul and Kandahar met in Valle on Monday.');
    expect(m?.text).toBe('Valle');
    expect(m?.place).toBeNull();
    expect(m?.reason).toMatch(/no place named "Valle" is known where this text is about/);
    expect(m?.candidates.map((c) => c.id)).toEqual(['geonames:9000002']);
    // Near the text's places it is still the likeliest reading, as a guess.
    const near = parser.parse('Ministers from Paris and Bergen met in Valle on Monday.')[2];
    expect(near?.place?.id).toBe('geonames:9000002');
  });

  it('a small place the text does not locate is no mention at all', () => {
    expect(parser.parse('Valle said on Monday that talks would go on.')).toEqual([]);
  });

  it('a name that says it is water is the water body, not the province named after it', () => {
    const t = 'The government, based in Port Sudan on the Red Sea, says Sudan needs aid.';
    expect(placeOf(t, 'Red Sea')).toBe('water:red-sea');
    expect(placeOf('Officials in Red Sea state and elsewhere in Sudan said so.', 'Red Sea')).toBe(
      'admin1:SD-RS',
    );
  });

  it('a sea or ocean is named from anywhere: no penalty for lying far from the text', () => {
    const t =
      'He stopped in Honolulu and in the United States on his way to allies in the Pacific.';
    expect(placeOf(t, 'Pacific')).toBe('water:pacific-ocean');
  });

  it('keeps "Eastern Province" whole, resolved by the country the text names', () => {
    expect(ids("Officials in Saudi Arabia's Eastern Province said so.")).toEqual([
      ['Saudi Arabia', 'country:SA'],
      ['Eastern Province', 'admin1:SA-04'],
    ]);
  });

  it('between same-named provinces of different countries: a guess, uncertain, with the others as alternatives', () => {
    const [m] = parser.parse('Fishermen in the Eastern Province said so.');
    expect(m?.text).toBe('Eastern Province');
    expect(m?.place?.kind).toBe('admin1');
    expect(m?.confidence).toBeLessThan(UNCERTAIN_BELOW);
    expect(m?.alternatives.length).toBeGreaterThan(0);
    expect(m?.alternatives.every((a) => a.kind === 'admin1' && a.id !== m.place?.id)).toBe(true);
  });

  it('a country named in a list is sure, with no alternative inside it', () => {
    const m = parser.parse('Officials in Afghanistan and Pakistan said so.')[0];
    expect(m?.place?.id).toBe('country:AF');
    expect(m?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('does not put a river at a far-away town of its name ("the Quetta and Shkin rivers")', () => {
    const ms = parser.parse('In Norway, the Quetta and Shkin rivers burst their banks.');
    const quetta = ms.find((m) => m.text === 'Quetta');
    expect(quetta?.place).toBeNull();
    expect(quetta?.reason).toMatch(/body of water/);
    expect(ms.map((m) => m.text)).toEqual(['Norway', 'Quetta', 'Shkin']);
  });

  it('accepts a small place when the text is about its country', () => {
    expect(
      placeOf(
        'In Afghanistan, the army entered Shkin in Paktika near the Pakistan border.',
        'Shkin',
      ),
    ).toBe('geonames:9000007');
  });
});

describe('failures inside parse()', () => {
  const broken = Object.create(gazetteer) as typeof gazetteer;
  broken.lookup = () => {
    throw new Error('boom');
  };
  const brokenParser = createGeoparser(broken);

  it('yields no mentions and logs the first failure once to stderr', () => {
    vi.stubEnv('CITEMAP_DEBUG', '');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(brokenParser.parse('Fighting in Kabul.')).toEqual([]);
      expect(brokenParser.parse('Fighting in Kandahar.')).toEqual([]);
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]?.[0])).toMatch(/boom/);
    } finally {
      log.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it('rethrows when CITEMAP_DEBUG is set', () => {
    vi.stubEnv('CITEMAP_DEBUG', '1');
    try {
      expect(() => brokenParser.parse('Fighting in Kabul.')).toThrow('boom');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('one organisation use does not erase the place: dateline, container and "the state of" keep it', () => {
    const t =
      'COLUMBUS, Ohio (AP) — The Ohio Coalition for Fair Wages said that in the state of Ohio wages lag.';
    const ohio = parser.parse(t).filter((m) => m.text === 'Ohio');
    expect(ohio.map((m) => [m.start, m.place?.id])).toEqual([
      [t.indexOf('Ohio'), 'admin1:US-OH'],
      [t.lastIndexOf('Ohio'), 'admin1:US-OH'],
    ]);
  });

  it('a country is not inside the next country of a list ("China, Japan")', () => {
    expect(placeOf('Cases were found in Mexico, China, Japan and Pakistan.', 'China')).toBe(
      'country:CN',
    );
  });

  it("a country's own name is the country, not its province of the same name", () => {
    expect(placeOf('Flu spread from Toluca across Mexico.', 'Mexico')).toBe('country:MX');
    expect(placeOf('Officials in Mexico state said so.', 'Mexico')).toBe('admin1:MX-MEX');
  });

  it('a country named like a given name is a person throughout once used with a surname', () => {
    const t =
      "Nine-year-old Georgia Stevens skates. Georgia began at four, from Georgia's hard work.";
    expect(parser.parse(t).filter((m) => m.text === 'Georgia')).toEqual([]);
    const placed = 'Georgia Stevens skates. Georgia began at four and moved to Georgia in 2015.';
    expect(parser.parse(placed).filter((m) => m.text === 'Georgia').length).toBe(2);
  });

  it('reads abbreviated provinces and postal codes where news copy puts them', () => {
    expect(ids('LOUISVILLE, KY -- The firm said so.')).toEqual([
      ['LOUISVILLE', 'geonames:4299276'],
      ['KY', 'admin1:US-KY'],
    ]);
    expect(ids('She lives in Surrey, B.C. now.')).toEqual([
      ['Surrey', 'geonames:6159905'],
      ['B.C.', 'admin1:CA-BC'],
    ]);
    expect(ids('In B.C., snow fell.')).toEqual([['B.C.', 'admin1:CA-BC']]);
    // "NSW" names New South Wales wherever it stands, as "B.C." does.
    expect(ids('Horses in NSW were ill.')).toEqual([['NSW', 'admin1:AU-NSW']]);
    // A dateline with a dotted abbreviation ("NEWARK, N.J. (AP) -").
    expect(ids('SURREY, B.C. (CP) - The firm said so.')).toEqual([
      ['SURREY', 'geonames:6159905'],
      ['B.C.', 'admin1:CA-BC'],
    ]);
    expect(ids('It was built in 500 B.C. by a king.')).toEqual([]);
    expect(ids('John Smith, MD, said so.')).toEqual([]);
  });

  it('a dateline whose dash was lost still opens the text', () => {
    expect(ids('COLUMBUS Barack Obama spoke on Monday.')).toEqual([
      ['COLUMBUS', 'geonames:4509177'],
    ]);
  });

  it('a bare name shared by a large province and a city far from its middle, not its largest, is the province', () => {
    expect(placeOf('She and the suspect are both from Quebec.', 'Quebec')).toBe('admin1:CA-QC');
    expect(placeOf('Officials in Québec City said so.', 'Québec')).toBe('geonames:6325494');
  });

  it("a country's own name beats a town that only lies near the text's places", () => {
    const t =
      'Doctors in Columbia said the outbreak followed those in Mexico and the United States.';
    expect(placeOf(t, 'Mexico')).toBe('country:MX');
  });

  it('in a list of three or more provinces, a name that can be a province is one', () => {
    const t =
      'Cases rose in Pomona, Columbus and Columbia, then British Columbia, Quebec and Ontario reported cases.';
    expect(placeOf(t, 'Ontario')).toBe('admin1:CA-ON');
  });

  it('a place the text puts in another country is not that far-away namesake', () => {
    const [m] = parser.parse('A tsunami hit the Indonesian island of Java on Monday.');
    expect(m?.text).toBe('Java');
    expect(m?.place).toBeNull();
    expect(m?.reason).toMatch(/ID/);
  });
});
