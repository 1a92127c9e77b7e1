/**
 * Run by hidden-classes.test.ts as `node --allow-natives-syntax --import tsx THIS`: prints, as
 * JSON, which spans and resolutions made by each route share the hidden class of one built
 * from scratch (V8's %HaveSameMap, only callable under that flag).
 */
import { normalizeName } from '../../../../src/pipeline/gazetteer/normalize.ts';
import { resolution, withPlace } from '../../../../src/pipeline/geoparse/resolve.ts';
import { tokenSpan, withEntries } from '../../../../src/pipeline/geoparse/span.ts';
import { tokenize } from '../../../../src/pipeline/geoparse/tokenize.ts';
import { prepare } from '../helpers.ts';

declare function sameMap(a: object, b: object): boolean;
// `%HaveSameMap(a, b)` is no TypeScript: built at run time, when the flag allows it.
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b);') as typeof sameMap;

const reference = tokenSpan('Kabul', tokenize('Kabul'), 0, 0, [], 'name', normalizeName);
const texts = [
  'Fighting in Kandahar and Helmand.', // found as they are
  'Floods along the Helmand River.', // a feature word after the name
  'Boats crossed Lake Kandahar.', // a feature word before it
  'Troops left Ain al-Asad at dawn.', // an Arabic article
  'Talks in the Kurdistan Region.', // a trailing designator kept (a curated name)
];
const spans: Record<string, boolean> = {};
for (const text of texts) {
  for (const s of prepare(text).spans) spans[s.text] = haveSameMap(s, reference);
}
// A filter narrowing a span's readings ("US": the country only).
spans['narrowed by a filter'] = haveSameMap(withEntries(reference, []), reference);
const made = resolution(null, [], () => undefined, 'guess', null, false, 0.5);
const place = { id: 'x' } as Parameters<typeof withPlace>[1];
console.log(
  JSON.stringify({ spans, resolutionWithPlace: haveSameMap(withPlace(made, place), made) }),
);
