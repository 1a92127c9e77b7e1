import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBoilerplate, inBoilerplate } from '../../../src/pipeline/boilerplate/index.ts';
import { classifyLine } from '../../../src/pipeline/boilerplate/line-rules.ts';
import { expectGolden, IN } from './golden.ts';

const DIR = path.join(IN, 'boilerplate');

describe('findBoilerplate (golden)', () => {
  it.each(readdirSync(DIR).sort())('%s', (name) => {
    const text = readFileSync(path.join(DIR, name), 'utf8');
    const ranges = findBoilerplate(text);
    const shown = ranges.map(
      (r) => `[${r.reason}] ${r.start}-${r.end}: ${JSON.stringify(text.slice(r.start, r.end))}`,
    );
    expectGolden(`boilerplate/${name}`, `${shown.join('\n')}\n`);
  });

  it('drops the publisher address block, keeps the article', () => {
    const text = readFileSync(path.join(DIR, 'address-footer.txt'), 'utf8');
    const ranges = findBoilerplate(text);
    const at = (word: string): boolean => {
      const i = text.indexOf(word);
      return inBoilerplate(ranges, i, i + word.length);
    };
    expect(at('Geneva')).toBe(true);
    expect(at('Switzerland')).toBe(true);
    expect(at('Global Affairs Institute')).toBe(true);
    expect(at('Lashkar Gah')).toBe(false);
    expect(at('Kandahar')).toBe(false);
  });

  it('drops a comment section to the end of the text', () => {
    const text = readFileSync(path.join(DIR, 'comments.txt'), 'utf8');
    const ranges = findBoilerplate(text);
    const i = text.indexOf('Oslo');
    expect(inBoilerplate(ranges, i, i + 4)).toBe(true);
    const j = text.indexOf('Islamabad');
    expect(inBoilerplate(ranges, j, j + 9)).toBe(false);
  });

  it('keeps a reference list after the last paragraph', () => {
    const text = readFileSync(path.join(DIR, 'references-kept.txt'), 'utf8');
    expect(findBoilerplate(text)).toEqual([]);
  });

  it('is linear on a large text', () => {
    const text = 'A long paragraph about Kabul and the region that goes on for a while.\n\n'.repeat(
      100_000,
    );
    const t = performance.now();
    findBoilerplate(text);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

// [line, reason or null]
const LINES: [string, string | null][] = [
  ['Subscribe to continue reading', 'subscription prompt'],
  ['Sign up for our weekly newsletter', 'subscription prompt'],
  ['Thank you for registering', 'subscription prompt'],
  ['50% off', 'subscription prompt'],
  ['Leave a Reply', 'comments section'],
  ['3 Comments', 'comments section'],
  ['Related Articles', 'related links'],
  ['© 2022 The Daily Example', 'copyright line'],
  ['Copyright Example Media Ltd', 'copyright line'],
  ['Tel.: +33 1 23 45 67 89', 'contact details'],
  ['contact: desk@example.com', 'contact details'],
  ['221B Baker Street, London NW1 6XE', 'postal address'],
  ['Home › World › Asia', 'navigation'],
  ['Back to top', 'navigation'],
  ['Photo: AFP', 'photo credit'],
  ['Facebook Twitter WhatsApp Email', 'share buttons'],
  ['We use cookies to personalise content. Accept?', 'cookie notice'],
  // ordinary prose is never furniture
  ['The Taliban signed up to the accord in Doha in February 2020 and promised to cut ties.', null],
  [
    'He moved to 12 Baker Street in 1998 and later to Kabul, where he lived until his death in 2011 at home.',
    null,
  ],
  ['Kabul', null],
  ['Why are we asking this now?', null],
];

describe('classifyLine', () => {
  it.each(LINES)('%s → %s', (line, reason) => {
    expect(classifyLine(line)).toBe(reason);
  });
});
