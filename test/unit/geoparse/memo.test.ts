/**
 * The geoparser's per-text shortcuts (work done once per name, searches bounded by latitude)
 * give the answers of the plain computation they stand for.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/pipeline/gazetteer/normalize.ts';
import { lookupSurface, memoisedLookup } from '../../../src/pipeline/geoparse/candidates.ts';
import { computeCues } from '../../../src/pipeline/geoparse/cues.ts';
import { gatherEvidence } from '../../../src/pipeline/geoparse/evidence.ts';
import { firstPassScores, nearAnAnchor } from '../../../src/pipeline/geoparse/resolve.ts';
import { tokenize } from '../../../src/pipeline/geoparse/tokenize.ts';
import { withinKm } from '../../../src/shared/geometry/distance.ts';
import type { LonLat } from '../../../src/shared/types.ts';
import { seededRandom } from '../random.ts';
import { gazetteer, prepare } from './helpers.ts';

describe('nearAnAnchor', () => {
  it('answers as a check of every anchor would, anchors of the same name left out', () => {
    const r = seededRandom(7);
    // Clustered points, so that many candidates lie near the 300 km limit.
    const at = (): LonLat => [60 + r() * 10, 30 + r() * 8];
    for (let doc = 0; doc < 200; doc++) {
      const anchors = Array.from({ length: Math.floor(r() * 20) }, (_, i) => ({
        point: at(),
        key: `name${i % 5}`,
      })).sort((a, b) => a.point[1] - b.point[1]);
      for (let q = 0; q < 20; q++) {
        const point = at();
        const key = `name${Math.floor(r() * 6)}`;
        const everyAnchor = anchors.some((a) => a.key !== key && withinKm(a.point, point, 300));
        expect(nearAnAnchor(anchors, point, key)).toBe(everyAnchor);
      }
    }
  });
});

describe('firstPassScores', () => {
  it('scores a recurring name once only where its cues agree', () => {
    const text =
      'Kandahar province was quiet. In Kandahar, police said. The city of Kandahar and ' +
      'Kabul. Paris, Texas and Paris. The Indian city of Kandahar. Kandahar province again.';
    const { spans } = prepare(text);
    const cues = computeCues(text, tokenize(text), spans, gazetteer.demonyms, normalizeName);
    const ev = gatherEvidence(spans, normalizeName);
    let n = 0;
    const unique = (): number => n++;
    const plain = firstPassScores(spans, cues, ev, normalizeName, unique);
    const memoised = firstPassScores(spans, cues, ev, normalizeName);
    expect(spans.filter((s) => s.text === 'Kandahar').length).toBeGreaterThanOrEqual(4);
    expect(memoised).toEqual(plain);
  });
});

describe('memoisedLookup', () => {
  it('answers as lookupSurface does, surface by surface, with the memo full and after it is cleared', () => {
    // Surfaces that share letters, case, dots and prefixes, each asked several times.
    const surfaces = [
      'Paris',
      'PARIS',
      'Paris Texas',
      'Pari',
      'U.K.',
      'UK',
      'U.K',
      'Kandahar',
      'Qandahar',
      'Kandahar Province',
      "Côte d'Ivoire",
      'Cote dIvoire',
      'Georgia',
      'georgia',
      'Nowhere Else',
      '',
    ];
    const lookup = memoisedLookup(gazetteer, normalizeName, 5);
    const r = seededRandom(3);
    for (let q = 0; q < 500; q++) {
      const surface = surfaces[Math.floor(r() * surfaces.length)]!;
      expect(lookup(surface)).toEqual(lookupSurface(gazetteer, normalizeName, surface));
    }
    expect(lookup('Kandahar').entries.length).toBeGreaterThan(0);
  });
});
