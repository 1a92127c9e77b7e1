/**
 * The map's mention files (mention-index.json and quotes/, src/shared/mention-index.ts) say
 * the same as mentions.geojson: every mention in exactly one quotes file, and the index's
 * place, years, confidence and status equal to its properties there. A confidence finer than
 * hundredths would be rounded in the index, so it is reported too.
 */
import { encodeMentions } from '../../../shared/mention-index.ts';
import type { OutputCheck, OutputIssue } from './types.ts';

const INDEX = 'mention-index.json';

export const appMentionFiles: OutputCheck = {
  name: 'app-mention-files',
  check(dataset) {
    const places = dataset.places.features;
    const { index, quotes } = encodeMentions(
      places,
      dataset.sources.sources,
      dataset.mentions.features.map((f) => f.properties),
    );
    const issues: OutputIssue[] = [];
    const listed = new Set(places.map((p) => p.properties.id));
    const known = dataset.mentions.features.filter((f) => listed.has(f.properties.placeId));
    const inFiles = [...quotes.values()].reduce((n, q) => n + q.mentions.length, 0);
    if (inFiles !== known.length || index.place.length !== known.length) {
      issues.push({
        file: INDEX,
        path: 'place',
        message: `expected ${known.length} mentions (mentions.geojson), found ${index.place.length} in the index and ${inFiles} in quotes/`,
      });
    }
    const status = new Map(index.status);
    let i = 0;
    let year = 0;
    for (const [name, file] of quotes) {
      if (file.mentions.length > index.quotesPerFile) {
        issues.push({
          file: name,
          path: 'mentions',
          message: `expected at most ${index.quotesPerFile} mentions, found ${file.mentions.length}`,
        });
      }
      file.mentions.forEach((m, k) => {
        const at = `mentions[${k}]`;
        const problem = (what: string, expected: unknown, found: unknown) =>
          issues.push({
            file: INDEX,
            path: `${what}[${i}]`,
            message: `expected ${JSON.stringify(expected)} as in ${name} ${at} (${m.id}), found ${JSON.stringify(found)}`,
          });
        const place = places[index.place[i]!]?.properties.id;
        if (place !== m.placeId) problem('place', m.placeId, place);
        const years = index.years.slice(year, year + index.yearCount[i]!);
        year += index.yearCount[i]!;
        if (years.join() !== m.years.join()) problem('years', m.years, years);
        if (index.confidence[i]! / 100 !== m.confidence) {
          problem('confidence', m.confidence, index.confidence[i]! / 100);
        }
        if ((status.get(i) ?? 'automatic') !== m.status) problem('status', m.status, status.get(i));
        i++;
      });
    }
    return issues;
  },
};
