/**
 * A small in-memory Gazetteer for unit tests: a few dozen entries chosen for the hard cases
 * (homonyms across countries, a province and its same-named capital, an alternate name that
 * collides with a capital, common words and person names that are places).
 */
import type { Geometry } from 'geojson';
import { normalizeName } from '../../../src/pipeline/gazetteer/normalize.ts';
import type { Gazetteer, GazetteerEntry } from '../../../src/pipeline/gazetteer/types.ts';
import type { LonLat, PlaceKind } from '../../../src/shared/types.ts';

interface Spec {
  id: string;
  name: string;
  alt?: string[];
  kind: PlaceKind;
  country: string | null;
  admin1?: string;
  point: LonLat;
  population?: number;
  featureCode?: string;
}

const SPECS: Spec[] = [
  { id: 'country:AF', name: 'Afghanistan', kind: 'country', country: 'AF', point: [66, 33] },
  { id: 'country:PK', name: 'Pakistan', kind: 'country', country: 'PK', point: [70, 30] },
  { id: 'country:UZ', name: 'Uzbekistan', kind: 'country', country: 'UZ', point: [64, 41] },
  { id: 'country:QA', name: 'Qatar', kind: 'country', country: 'QA', point: [51.2, 25.3] },
  {
    id: 'country:SA',
    name: 'Saudi Arabia',
    alt: ['Saudi'],
    kind: 'country',
    country: 'SA',
    point: [45, 24],
  },
  { id: 'country:FR', name: 'France', kind: 'country', country: 'FR', point: [2, 46] },
  { id: 'country:NO', name: 'Norway', kind: 'country', country: 'NO', point: [10, 62] },
  { id: 'country:IT', name: 'Italy', kind: 'country', country: 'IT', point: [12.5, 42.8] },
  { id: 'country:IN', name: 'India', kind: 'country', country: 'IN', point: [79, 22] },
  {
    id: 'country:GB',
    name: 'United Kingdom',
    alt: ['UK', 'U.K.', 'Britain', 'England'],
    kind: 'country',
    country: 'GB',
    point: [-2, 54],
  },
  { id: 'country:GE', name: 'Georgia', kind: 'country', country: 'GE', point: [43.5, 42.2] },
  { id: 'country:CA', name: 'Canada', kind: 'country', country: 'CA', point: [-113.6, 60.1] },
  {
    id: 'country:CI',
    name: 'Ivory Coast',
    alt: ["Côte d'Ivoire", "Cote d'Ivoire"],
    kind: 'country',
    country: 'CI',
    point: [-5, 8],
  },
  {
    id: 'admin1:AU-NSW',
    name: 'New South Wales',
    kind: 'admin1',
    country: 'AU',
    point: [146.8, -32.5],
  },
  { id: 'country:BD', name: 'Bangladesh', kind: 'country', country: 'BD', point: [90, 24] },
  {
    id: 'country:US',
    name: 'United States',
    alt: ['US', 'USA', 'U.S.', 'United States of America', 'America'],
    kind: 'country',
    country: 'US',
    point: [-98, 39],
  },
  { id: 'admin1:AF-KAN', name: 'Kandahar', kind: 'admin1', country: 'AF', point: [65.7, 31.0] },
  { id: 'admin1:AF-HEL', name: 'Helmand', kind: 'admin1', country: 'AF', point: [64.0, 31.0] },
  { id: 'admin1:AF-KAB', name: 'Kabul', kind: 'admin1', country: 'AF', point: [69.2, 34.5] },
  {
    id: 'admin1:AF-PIA',
    name: 'Paktia',
    alt: ['Paktiya'],
    kind: 'admin1',
    country: 'AF',
    point: [69.4, 33.6],
  },
  { id: 'admin1:AF-GHO', name: 'Ghor', kind: 'admin1', country: 'AF', point: [65, 34] },
  { id: 'admin1:US-GA', name: 'Georgia', kind: 'admin1', country: 'US', point: [-83.4, 32.6] },
  { id: 'admin1:US-TX', name: 'Texas', kind: 'admin1', country: 'US', point: [-99.3, 31.4] },
  { id: 'admin1:US-OH', name: 'Ohio', kind: 'admin1', country: 'US', point: [-82.8, 40.3] },
  { id: 'admin1:US-KY', name: 'Kentucky', kind: 'admin1', country: 'US', point: [-85.6, 37.4] },
  {
    id: 'admin1:CA-BC',
    name: 'British Columbia',
    kind: 'admin1',
    country: 'CA',
    point: [-124.7, 54.7],
  },
  { id: 'admin1:MX-MEX', name: 'Mexico', kind: 'admin1', country: 'MX', point: [-99.7, 19.3] },
  { id: 'country:MX', name: 'Mexico', kind: 'country', country: 'MX', point: [-102, 23] },
  { id: 'admin1:CA-QC', name: 'Quebec', kind: 'admin1', country: 'CA', point: [-73.7, 52.3] },
  {
    id: 'geonames:6325494',
    name: 'Québec',
    alt: ['Quebec'],
    kind: 'city',
    country: 'CA',
    admin1: 'admin1:CA-QC',
    point: [-71.21, 46.81],
    population: 531902,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:6077243',
    name: 'Montreal',
    kind: 'city',
    country: 'CA',
    admin1: 'admin1:CA-QC',
    point: [-73.59, 45.51],
    population: 1600000,
    featureCode: 'PPL',
  },
  { id: 'admin1:CA-ON', name: 'Ontario', kind: 'admin1', country: 'CA', point: [-84.8, 50.5] },
  {
    id: 'geonames:5379439',
    name: 'Ontario',
    kind: 'city',
    country: 'US',
    point: [-117.65, 34.06],
    population: 171214,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:5384170',
    name: 'Pomona',
    kind: 'city',
    country: 'US',
    point: [-117.75, 34.06],
    population: 151713,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:4398103',
    name: 'Mexico',
    kind: 'city',
    country: 'US',
    point: [-91.88, 39.17],
    population: 11660,
    featureCode: 'PPLA2',
  },
  {
    id: 'geonames:4381982',
    name: 'Columbia',
    kind: 'city',
    country: 'US',
    point: [-92.33, 38.95],
    population: 126254,
    featureCode: 'PPLA2',
  },
  {
    id: 'geonames:614217',
    name: 'Java',
    kind: 'city',
    country: 'GE',
    point: [43.94, 42.4],
    population: 426,
    featureCode: 'PPLA2',
  },
  { id: 'country:CN', name: 'China', kind: 'country', country: 'CN', point: [105, 35] },
  { id: 'country:JP', name: 'Japan', kind: 'country', country: 'JP', point: [139.75, 35.69] },
  {
    id: 'geonames:1864565',
    name: 'China',
    kind: 'city',
    country: 'JP',
    point: [128.57, 27.33],
    population: 5976,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:3515302',
    name: 'Toluca',
    kind: 'city',
    country: 'MX',
    admin1: 'admin1:MX-MEX',
    point: [-99.66, 19.29],
    population: 489333,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:4509177',
    name: 'Columbus',
    kind: 'city',
    country: 'US',
    admin1: 'admin1:US-OH',
    point: [-83.0, 39.96],
    population: 850106,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:4299276',
    name: 'Louisville',
    kind: 'city',
    country: 'US',
    admin1: 'admin1:US-KY',
    point: [-85.76, 38.25],
    population: 597337,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:6159905',
    name: 'Surrey',
    kind: 'city',
    country: 'CA',
    admin1: 'admin1:CA-BC',
    point: [-122.8, 49.1],
    population: 394976,
    featureCode: 'PPL',
  },
  {
    id: 'admin1:PK-KP',
    name: 'Khyber Pakhtunkhwa',
    kind: 'admin1',
    country: 'PK',
    point: [71.5, 34.5],
  },
  {
    id: 'geonames:1138958',
    name: 'Kandahar',
    alt: ['Qandahar', 'KDH'],
    kind: 'city',
    country: 'AF',
    admin1: 'admin1:AF-KAN',
    point: [65.71, 31.61],
    population: 391190,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:9000001',
    name: 'Kandahar',
    kind: 'city',
    country: 'IN',
    point: [77.2, 18.9],
    population: 2000,
    featureCode: 'PPL',
  },
  {
    // Near the Indian Kandahar: a place the text may put it beside ("north of Nanded").
    id: 'geonames:1262180',
    name: 'Nanded',
    kind: 'city',
    country: 'IN',
    point: [77.32, 19.16],
    population: 550564,
    featureCode: 'PPLA2',
  },
  {
    id: 'geonames:5045360',
    name: 'Saint Paul',
    alt: ['St. Paul'],
    kind: 'city',
    country: 'US',
    point: [-93.09, 44.94],
    population: 300851,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:1138957',
    name: 'Kabul',
    kind: 'city',
    country: 'AF',
    admin1: 'admin1:AF-KAB',
    point: [69.17, 34.53],
    population: 3043532,
    featureCode: 'PPLC',
  },
  {
    id: 'geonames:1133616',
    name: 'Mazar-e Sharif',
    alt: ['Mazar-i-Sharif', 'Mazar-e-Sharif'],
    kind: 'city',
    country: 'AF',
    point: [67.11, 36.71],
    population: 458151,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:2988507',
    name: 'Paris',
    kind: 'city',
    country: 'FR',
    point: [2.35, 48.86],
    population: 2138551,
    featureCode: 'PPLC',
  },
  {
    id: 'geonames:4717560',
    name: 'Paris',
    kind: 'city',
    country: 'US',
    admin1: 'admin1:US-TX',
    point: [-95.56, 33.66],
    population: 24782,
    featureCode: 'PPLA2',
  },
  {
    id: 'geonames:3165185',
    name: 'Trieste',
    kind: 'city',
    country: 'IT',
    point: [13.78, 45.65],
    population: 204338,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:3161732',
    name: 'Bergen',
    kind: 'city',
    country: 'NO',
    point: [5.32, 60.39],
    population: 285601,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:9000002',
    name: 'Valle',
    kind: 'city',
    country: 'NO',
    point: [7.5, 59.2],
    population: 1200,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:290030',
    name: 'Doha',
    kind: 'city',
    country: 'QA',
    point: [51.53, 25.29],
    population: 344939,
    featureCode: 'PPLC',
  },
  {
    id: 'geonames:1176615',
    name: 'Islamabad',
    kind: 'city',
    country: 'PK',
    point: [73.04, 33.72],
    population: 601600,
    featureCode: 'PPLC',
  },
  {
    id: 'geonames:1205733',
    name: 'Chittagong',
    alt: ['Islamabad', 'Chattogram'],
    kind: 'city',
    country: 'BD',
    point: [91.83, 22.34],
    population: 3920222,
    featureCode: 'PPLA',
  },
  {
    // GeoNames lists "Mike" among Mecca's foreign names.
    id: 'geonames:104515',
    name: 'Mecca',
    alt: ['Makkah', 'Mike'],
    kind: 'city',
    country: 'SA',
    point: [39.83, 21.42],
    population: 1323624,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:105343',
    name: 'Jeddah',
    alt: ['Jiddah'],
    kind: 'city',
    country: 'SA',
    point: [39.19, 21.49],
    population: 2867446,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:2639577',
    name: 'Reading',
    kind: 'city',
    country: 'GB',
    point: [-0.97, 51.46],
    population: 318014,
    featureCode: 'PPLA2',
  },
  {
    id: 'geonames:9000003',
    name: 'Police',
    kind: 'city',
    country: 'PL',
    point: [14.57, 53.55],
    population: 33000,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:9000004',
    name: 'Omar',
    kind: 'city',
    country: 'PK',
    point: [70, 31],
    population: 800,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:9000005',
    name: 'Laden',
    kind: 'city',
    country: 'DE',
    point: [9, 50],
    population: 600,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:1162015',
    name: 'Washington',
    kind: 'city',
    country: 'US',
    point: [-77.04, 38.9],
    population: 689545,
    featureCode: 'PPLC',
  },
  {
    id: 'geonames:9000006',
    name: 'Quetta',
    kind: 'city',
    country: 'PK',
    point: [67.0, 30.19],
    population: 733675,
    featureCode: 'PPLA',
  },
  {
    id: 'geonames:9000007',
    name: 'Shkin',
    kind: 'city',
    country: 'AF',
    point: [69.3, 32.6],
    population: 900,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:9000008',
    name: 'Afghan',
    kind: 'city',
    country: 'IR',
    point: [60, 33],
    population: 300,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:3117735',
    name: 'Madrid',
    kind: 'city',
    country: 'ES',
    point: [-3.7, 40.42],
    population: 3255944,
    featureCode: 'PPLC',
  },
  {
    id: 'geonames:9000009',
    name: 'Bush',
    kind: 'city',
    country: 'US',
    point: [-89.1, 37.9],
    population: 700,
    featureCode: 'PPL',
  },
  {
    id: 'border:AF-PK',
    name: 'Afghanistan–Pakistan border',
    alt: ['Durand Line'],
    kind: 'border',
    country: null,
    point: [69.5, 31.5],
  },
  {
    id: 'region:central-asia',
    name: 'Central Asia',
    kind: 'region',
    country: null,
    point: [65, 43],
  },
  {
    id: 'region:gulf',
    name: 'Gulf',
    alt: ['Persian Gulf region'],
    kind: 'region',
    country: null,
    point: [51, 26],
  },
  {
    id: 'region:pk-tribal-areas',
    name: 'Tribal Areas',
    alt: ['tribal areas', 'FATA'],
    kind: 'region',
    country: 'PK',
    point: [70.3, 33],
  },
  // Water bodies and the provinces and towns named after them.
  { id: 'country:SD', name: 'Sudan', kind: 'country', country: 'SD', point: [30, 15] },
  { id: 'water:red-sea', name: 'Red Sea', kind: 'water', country: null, point: [38, 21] },
  { id: 'admin1:SD-RS', name: 'Red Sea', kind: 'admin1', country: 'SD', point: [36, 19.5] },
  { id: 'water:black-sea', name: 'Black Sea', kind: 'water', country: null, point: [34, 43.4] },
  {
    id: 'water:pacific-ocean',
    name: 'Pacific Ocean',
    alt: ['Pacific'],
    kind: 'water',
    country: null,
    point: [-160, 0],
  },
  {
    id: 'geonames:9000010',
    name: 'Pacific',
    kind: 'city',
    country: 'US',
    point: [-90.74, 38.48],
    population: 7000,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:5856195',
    name: 'Honolulu',
    kind: 'city',
    country: 'US',
    point: [-157.86, 21.31],
    population: 371657,
    featureCode: 'PPLA',
  },
  // A country whose demonym is its own name; a curated multi-word alias made of common words.
  { id: 'country:DJ', name: 'Djibouti', kind: 'country', country: 'DJ', point: [42.6, 11.8] },
  {
    id: 'water:sea-of-japan',
    name: 'Sea of Japan',
    alt: ['East Sea'],
    kind: 'water',
    country: null,
    point: [135, 40],
  },
  {
    id: 'border:IL-PS',
    name: 'Israel–Palestine border',
    alt: ['Green Line'],
    kind: 'border',
    country: null,
    point: [35, 31.8],
  },
  // Two small towns in a list after "in".
  {
    id: 'geonames:9000011',
    name: 'Gulmarg',
    kind: 'city',
    country: 'IN',
    point: [74.38, 34.05],
    population: 2000,
    featureCode: 'PPL',
  },
  {
    id: 'geonames:9000012',
    name: 'Pahalgam',
    kind: 'city',
    country: 'IN',
    point: [75.32, 34.02],
    population: 6000,
    featureCode: 'PPL',
  },
  // A curated name that ends in a designator, and the province named like its first word.
  {
    id: 'curated:kurdistan-region',
    name: 'Kurdistan Region',
    kind: 'region',
    country: 'IQ',
    point: [44, 36.2],
  },
  { id: 'admin1:IR-16', name: 'Kurdistan', kind: 'admin1', country: 'IR', point: [47, 35.5] },
  // Provinces of several countries named by a direction and a designator.
  {
    id: 'admin1:SA-04',
    name: 'Eastern',
    alt: ['Eastern Province'],
    kind: 'admin1',
    country: 'SA',
    point: [49.5, 23.5],
  },
  {
    id: 'admin1:KE-400',
    name: 'Eastern',
    alt: ['Eastern Province'],
    kind: 'admin1',
    country: 'KE',
    point: [38.5, 1.5],
  },
  // A department named like the first word of an Arabic name; a name with "ez-".
  { id: 'admin1:FR-01', name: 'Ain', kind: 'admin1', country: 'FR', point: [5.35, 46.1] },
  {
    id: 'admin1:SY-DY',
    name: 'Deir ez-Zor',
    kind: 'admin1',
    country: 'SY',
    point: [40.1, 35.3],
  },
  { id: 'country:JO', name: 'Jordan', kind: 'country', country: 'JO', point: [36, 31] },
  // A name with a lower-case "in" inside.
  { id: 'country:PH', name: 'Philippines', kind: 'country', country: 'PH', point: [122, 12] },
  { id: 'region:mindanao', name: 'Mindanao', kind: 'region', country: 'PH', point: [125, 7.5] },
  {
    id: 'region:barmm',
    name: 'Bangsamoro Autonomous Region in Muslim Mindanao',
    kind: 'region',
    country: 'PH',
    point: [124.3, 7.2],
  },
];

const DEMONYMS: [string, string[]][] = [
  ['afghan', ['AF']],
  ['pakistani', ['PK']],
  ['saudi', ['SA']],
  ['uzbek', ['UZ']],
  ['american', ['US']],
  ['qatari', ['QA']],
  ['italian', ['IT']],
  ['indian', ['IN']],
  ['indonesian', ['ID']],
  ['djibouti', ['DJ']],
];

export class FakeGazetteer implements Gazetteer {
  readonly maxNameTokens = 5;
  readonly demonyms: ReadonlyMap<string, readonly string[]> = new Map(
    DEMONYMS.map(([k, v]) => [normalizeName(k), v]),
  );
  private readonly index = new Map<string, GazetteerEntry[]>();
  private readonly byId = new Map<string, GazetteerEntry>();

  constructor(specs: readonly Spec[] = SPECS) {
    for (const s of specs) {
      const parents = [s.admin1, s.country === null ? undefined : `country:${s.country}`].filter(
        (x): x is string => x !== undefined && x !== s.id,
      );
      const e: GazetteerEntry = {
        id: s.id,
        name: s.name,
        kind: s.kind,
        country: s.country,
        admin1: s.admin1 ?? null,
        parents,
        point: s.point,
        population: s.population ?? 0,
        featureCode: s.featureCode ?? null,
        provenance: 'test',
      };
      this.byId.set(e.id, e);
      for (const n of new Set([s.name, ...(s.alt ?? [])].map(normalizeName))) {
        const list = this.index.get(n);
        if (list === undefined) this.index.set(n, [e]);
        else list.push(e);
      }
    }
  }

  largestCityPopulation(admin1Id: string): number {
    let largest = 0;
    for (const e of this.byId.values()) {
      if (e.kind === 'city' && e.admin1 === admin1Id) largest = Math.max(largest, e.population);
    }
    return largest;
  }

  lookup(key: string): readonly GazetteerEntry[] {
    return this.index.get(key) ?? [];
  }
  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }
  geometry(id: string): Geometry {
    const e = this.byId.get(id);
    if (e === undefined) throw new Error(`no entry ${id}`);
    return { type: 'Point', coordinates: [...e.point] };
  }
  countryAt(): string | null {
    return null;
  }
}
