import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/pipeline/gazetteer/normalize.ts';
import { findBorderRegionPhrases } from '../../../src/pipeline/geoparse/border-regions.ts';
import { tokenize } from '../../../src/pipeline/geoparse/tokenize.ts';
import { gazetteer } from './helpers.ts';

const find = (text: string) =>
  findBorderRegionPhrases(text, tokenize(text), gazetteer, normalizeName).map((s) => [
    s.text,
    s.entries[0]?.id,
  ]);

describe('findBorderRegionPhrases', () => {
  it.each([
    [
      'Its leadership is based in the bordering regions of Afghanistan and Pakistan where it works.',
      'bordering regions of Afghanistan and Pakistan',
    ],
    [
      'Fighters crossed the border areas between Pakistan and Afghanistan.',
      'border areas between Pakistan and Afghanistan',
    ],
    ['Troops massed on the Afghan and Pakistani border overnight.', 'Afghan and Pakistani border'],
  ])('names the border region in %j', (text, surface) => {
    expect(find(text)).toEqual([[surface, 'border:AF-PK']]);
  });

  it('leaves two countries that share no known border to the name finder', () => {
    expect(find('Envoys toured the border regions of Afghanistan and India.')).toEqual([]);
  });

  it('needs the countries joined by "and" in one sentence', () => {
    expect(find('The bordering regions of Afghanistan. Pakistan denied it.')).toEqual([]);
    expect(find('Talks on the border. Afghanistan and Pakistan border guards met.')).toEqual([
      ['Afghanistan and Pakistan border', 'border:AF-PK'],
    ]);
  });
});
