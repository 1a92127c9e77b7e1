import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMMON_WORDS_FILE,
  commonWordsSource,
} from '../../../src/pipeline/geoparse/lexicon/data/generate-common-words.ts';

describe('the common-words table', () => {
  it('is what its generator makes from the installed word list (else: npm run generate:common-words)', () => {
    expect(readFileSync(COMMON_WORDS_FILE, 'utf8')).toBe(commonWordsSource().text);
  });
});
