import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../../src/pipeline/furniture/index.ts';
import { atMostWords, classifyLine } from '../../../src/pipeline/furniture/line-rules.ts';
import { overlapsAny } from '../../../src/pipeline/text/ranges.ts';
import { expectLinear } from '../linear.ts';
import { expectGolden, IN } from './golden.ts';

const DIR = path.join(IN, 'furniture');

describe('findFurniture (golden)', () => {
  it.each(readdirSync(DIR).sort())('%s', (name) => {
    const text = readFileSync(path.join(DIR, name), 'utf8');
    const ranges = findFurniture(text);
    const shown = ranges.map(
      (r) => `[${r.reason}] ${r.start}-${r.end}: ${JSON.stringify(text.slice(r.start, r.end))}`,
    );
    expectGolden(`furniture/${name}`, `${shown.join('\n')}\n`);
  });

  it('drops the publisher address block, keeps the article', () => {
    const text = readFileSync(path.join(DIR, 'address-footer.txt'), 'utf8');
    const ranges = findFurniture(text);
    const at = (word: string): boolean => {
      const i = text.indexOf(word);
      return overlapsAny(ranges, i, i + word.length);
    };
    expect(at('Geneva')).toBe(true);
    expect(at('Switzerland')).toBe(true);
    expect(at('Global Affairs Institute')).toBe(true);
    expect(at('Lashkar Gah')).toBe(false);
    expect(at('Kandahar')).toBe(false);
  });

  it('drops a comment section to the end of the text', () => {
    const text = readFileSync(path.join(DIR, 'comments.txt'), 'utf8');
    const ranges = findFurniture(text);
    const i = text.indexOf('Oslo');
    expect(overlapsAny(ranges, i, i + 4)).toBe(true);
    const j = text.indexOf('Islamabad');
    expect(overlapsAny(ranges, j, j + 9)).toBe(false);
  });

  it('drops a reference list after the last paragraph as references, keeps the article', () => {
    const text = readFileSync(path.join(DIR, 'references.txt'), 'utf8');
    const ranges = findFurniture(text);
    expect(ranges.map((r) => r.reason)).toEqual(['reference']);
    expect(text.slice(ranges[0]!.start, ranges[0]!.end)).toMatch(
      /^\[1\] Smith J.*\n\[2\] Khan A.*\(2010\)$/,
    );
    const durand = text.indexOf('Durand Line');
    expect(overlapsAny(ranges, durand, durand + 11)).toBe(false);
  });

  it('is linear on a large text', () => {
    const paragraphs = (n: number): string =>
      'A long paragraph about Kabul and the region that goes on for a while.\n\n'.repeat(n);
    expectLinear(paragraphs, findFurniture, 10_000);
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
  ['Related stories: Paris talks collapse · Doha meeting postponed', 'related links'],
  ['Reporting by Jane Doe in Islamabad; Editing by John Smith', 'credit line'],
  ['By Staff Reporter', 'byline'],
  ['Ph D, Counter-Terrorism and Security Analyst (Pakistan).', 'byline'],
  ['Senior Fellow at the Institute of Peace Studies', 'byline'],
  ['Analysts in Kabul say the group is present in Helmand and Kunar.', null],
  [
    '[19] Jane Roe and John Doe, “Taliban in Kandahar,” The Long Journal, July 23, 2019. ( roe.php)',
    'reference',
  ],
  ['1. The report, “Al Qaeda in Kunar,” was released in May 2020 in Kabul.', null],
  ['[1] Smith J, The Frontier (Oxford 2001)', 'reference'],
  ['1. Fighting reached Kandahar in the spring of 2001.', null],
  ['Irish News Ltd, 113-117 Donegall Street, Belfast BT1 2GE.', 'postal address'],
  ['Donations help us report — see page 9', 'subscription prompt'],
  ['[1] Smith, J. (, 2020) <> accessed 25 July 2021', 'reference'],
  ["Ahmed Rashid, 'Taliban' (Yale 2000) <https://example.org/t> accessed 3 May 2021", 'reference'],
  ['We use cookies to personalise content. Accept?', 'cookie notice'],
  // ordinary prose is never furniture
  ['The Taliban signed up to the accord in Doha in February 2020 and promised to cut ties.', null],
  [
    'He moved to 12 Baker Street in 1998 and later to Kabul, where he lived until his death in 2011 at home.',
    null,
  ],
  ['Kabul', null],
  ['Why are we asking this now?', null],
  [
    "Al Qaeda's weekly newsletter has been reporting about operations in Afghanistan for years, and analysts read it closely every single week.",
    null,
  ],
  [
    'The report, accessed by reporters in Kabul on Monday, says the group moved. Officials said it was old news in Kandahar.',
    null,
  ],
  // a news paragraph citing its source's web address
  [
    'Tolo News reports ( http://example.org/x ) Amina Noori was due to fly from Kabul to Doha last week. Noori, who speaks only Dari, ended up in Dubai after boarding the wrong plane.',
    null,
  ],
];

describe('atMostWords', () => {
  it('says what counting the words of line.split(/\\s+/) says, without reading past the limit', () => {
    const pieces = ['a', 'word', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'é', '.', ''];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.nat(12),
        (parts, max) => {
          const line = parts.join('');
          const words = line.split(/\s+/).filter((w) => w !== '').length;
          expect(atMostWords(line, max)).toBe(words <= max);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('classifyLine', () => {
  it.each(LINES)('%s → %s', (line, reason) => {
    expect(classifyLine(line)).toBe(reason);
  });
});

describe('findFurniture: the page tail', () => {
  const prose =
    'Fighting spread from Kandahar to Helmand on Tuesday as the Taliban advanced on several provincial capitals in the south of the country.';

  it('marks short unpunctuated lines after the last long paragraph', () => {
    const text = [prose, 'Dawn Media Group, Haroon House, Karachi'].join('\n');
    const ranges = findFurniture(text);
    expect(ranges.map((r) => [r.reason, text.slice(r.start, r.end)])).toEqual([
      ['trailing page furniture', 'Dawn Media Group, Haroon House, Karachi'],
    ]);
  });

  it('keeps a closing line that ends like a sentence', () => {
    const text = [prose, 'The talks resume in Doha.'].join('\n');
    expect(findFurniture(text)).toEqual([]);
  });
});
