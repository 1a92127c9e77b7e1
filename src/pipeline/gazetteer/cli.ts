/**
 * A small command line for looking into the gazetteer while developing:
 *
 *   npx tsx src/pipeline/gazetteer/cli.ts check              # check data/gazetteer/*.json only
 *   npx tsx src/pipeline/gazetteer/cli.ts build              # rebuild the cached index
 *   npx tsx src/pipeline/gazetteer/cli.ts lookup Khowst "Durand Line"
 *   npx tsx src/pipeline/gazetteer/cli.ts get admin1:AF-PIA [--geometry]
 *   npx tsx src/pipeline/gazetteer/cli.ts at 69.2 33.6       # countryAt(lon, lat)
 *
 * Problems in curated files are printed one a line, compiler style, with exit status 1.
 */

import { formatProblem, ProblemsError } from '../problems.ts';
import { checkCuratedFiles, readCuratedFiles, ruleContext } from './curated/load.ts';
import { buildGazetteer, loadGazetteer, normalizeName } from './index.ts';
import { loadCountries, readCountriesTopology } from './packages/countries.ts';

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'check': {
      const problems = checkCuratedFiles(
        readCuratedFiles(),
        ruleContext(loadCountries(readCountriesTopology())),
      );
      for (const p of problems) console.log(formatProblem(p));
      log(problems.length === 0 ? 'data/gazetteer: no problems' : `${problems.length} problem(s)`);
      return problems.some((p) => p.severity === 'error') ? 1 : 0;
    }
    case 'build':
      await buildGazetteer({ onProgress: log });
      return 0;
    case 'lookup': {
      const g = await loadGazetteer({ onProgress: log });
      for (const text of rest) {
        const key = normalizeName(text);
        console.log(JSON.stringify({ text, key, entries: g.lookup(key) }, null, 2));
      }
      return 0;
    }
    case 'get': {
      const g = await loadGazetteer({ onProgress: log });
      const withGeometry = rest.includes('--geometry');
      for (const id of rest.filter((a) => !a.startsWith('--'))) {
        const entry = g.get(id);
        console.log(
          JSON.stringify(
            entry && withGeometry
              ? { ...entry, geometry: g.geometry(id) }
              : (entry ?? { id, found: false }),
            null,
            2,
          ),
        );
      }
      return 0;
    }
    case 'at': {
      const g = await loadGazetteer({ onProgress: log });
      const [lon, lat] = rest.map(Number);
      if (lon === undefined || lat === undefined || Number.isNaN(lon) || Number.isNaN(lat)) {
        log('usage: at LON LAT');
        return 2;
      }
      console.log(g.countryAt([lon, lat]));
      return 0;
    }
    default:
      log('usage: cli.ts check | build | lookup NAME… | get ID… [--geometry] | at LON LAT');
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ProblemsError) {
      for (const p of error.problems) console.log(formatProblem(p));
      process.exitCode = 1;
      return;
    }
    throw error;
  },
);
