/**
 * The evaluation set itself: every .ann file converts cleanly, every gold span is exactly the
 * text it claims, every point is on the globe, and spans never overlap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../../src/pipeline/eval/load.ts';
import { formatProblem } from '../../../src/pipeline/problems.ts';

const set = await loadEvalSet();

describe('evaluation set', () => {
  it('has no markup problems', () => {
    expect(set.problems.map(formatProblem)).toEqual([]);
  });

  it('has the seeds and at least 20 world documents', () => {
    expect(set.docs.filter((d) => d.group === 'seeds').length).toBeGreaterThanOrEqual(5);
    expect(set.docs.filter((d) => d.group === 'world').length).toBeGreaterThanOrEqual(20);
    expect(set.docs.filter((d) => d.group === 'heldout').length).toBeGreaterThanOrEqual(12);
    expect(new Set(set.docs.map((d) => d.name)).size).toBe(set.docs.length);
  });

  for (const doc of set.docs) {
    describe(`${doc.group}/${doc.name}`, () => {
      it('gold text equals the document slice; points are in range; spans do not overlap', () => {
        expect(doc.annotations.length).toBeGreaterThan(0);
        let lastEnd = -1;
        for (const a of doc.annotations) {
          expect(doc.text.slice(a.start, a.end)).toBe(a.text);
          expect(a.lat).toBeGreaterThanOrEqual(-90);
          expect(a.lat).toBeLessThanOrEqual(90);
          expect(a.lon).toBeGreaterThanOrEqual(-180);
          expect(a.lon).toBeLessThanOrEqual(180);
          expect(a.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = a.end;
        }
      });

      it('spans sit on word boundaries', () => {
        for (const a of doc.annotations) {
          const before = doc.text[a.start - 1] ?? ' ';
          const after = doc.text[a.end] ?? ' ';
          expect(/[\p{L}\p{N}]/u.test(before), `${a.text} at ${a.start}`).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(after), `${a.text} at ${a.start}`).toBe(false);
        }
      });

      if (doc.group === 'world' || doc.group === 'heldout') {
        it('is a news-length article (150–500 words before any page furniture)', () => {
          const words = doc.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
          expect(words).toBeGreaterThanOrEqual(150);
          expect(words).toBeLessThanOrEqual(600);
        });
      }
    });
  }

  // The seeds must stay verbatim copies of the user's sources, when those are at hand.
  const seedDir = '/work/shared/seeds';
  const seedFiles: Record<string, string> = {
    'seed-000-taliban-story': '000_0b5f65ec5583a34d.txt',
    'seed-001-cf2r-connections': '001_62abef65e7409b4e.txt',
    'seed-002-independent-linked': '002_28b8419fd1424085.txt',
    'seed-003-unbreakable-links': '003_926d55ed22f1268d.txt',
    'seed-004-elpais-loyalty': '004_02eabea622d19386.txt',
  };
  it.skipIf(!existsSync(seedDir))('seed texts are verbatim copies of the sources', () => {
    for (const [name, file] of Object.entries(seedFiles)) {
      const doc = set.docs.find((d) => d.name === name);
      expect(doc?.text).toBe(readFileSync(`${seedDir}/${file}`, 'utf8'));
    }
  });
});
