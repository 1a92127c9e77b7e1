import { describe, expect, it } from 'vitest';
import { positionAt } from '../../../src/pipeline/problems.ts';
import { lineIndex, lineOf, lineRanges, positionIn } from '../../../src/pipeline/text/lines.ts';
import { sentenceAt, sentenceIndex, sentenceRanges } from '../../../src/pipeline/text/sentences.ts';
import { decodeUtf8, firstInvalidUtf8 } from '../../../src/pipeline/text/utf8.ts';
import { expectLinear } from '../linear.ts';

const split = (text: string): string[] =>
  sentenceRanges(text).map((s) => text.slice(s.start, s.end));

// [text, expected sentences]
const SENTENCES: [string, string[]][] = [
  ['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
  ['He flew to the U.S. in 2001. Then he left.', ['He flew to the U.S. in 2001.', 'Then he left.']],
  ['He lived in the U.S. The war began.', ['He lived in the U.S.', 'The war began.']],
  ['Dr. Zahid and Gen. Azimi met Mr. Khan.', ['Dr. Zahid and Gen. Azimi met Mr. Khan.']],
  [
    'Maj. Gen. (ret.) Zahir Azimi said so. Next.',
    ['Maj. Gen. (ret.) Zahir Azimi said so.', 'Next.'],
  ],
  ['On Jan. 5 they met. Later, Feb. 2 too.', ['On Jan. 5 they met.', 'Later, Feb. 2 too.']],
  ['J. R. Smith wrote it. He agreed.', ['J. R. Smith wrote it.', 'He agreed.']],
  ['It cost 3.5 million. It rose by 2.75%.', ['It cost 3.5 million.', 'It rose by 2.75%.']],
  [
    '"We will fight," he said. "Never." She left.',
    ['"We will fight," he said.', '"Never."', 'She left.'],
  ],
  ['\u201cIt is over.\u201d Then silence.', ['\u201cIt is over.\u201d', 'Then silence.']],
  [
    'Heading without stop\n\nFirst paragraph. Second.',
    ['Heading without stop', 'First paragraph.', 'Second.'],
  ],
  ['A list\nKabul\nKandahar', ['A list', 'Kabul', 'Kandahar']],
  ['A sentence wrapped\nover two lines. Next.', ['A sentence wrapped\nover two lines.', 'Next.']],
  ['CRLF one.\r\n\r\nCRLF two.', ['CRLF one.', 'CRLF two.']],
  ['e.g. this and i.e. that. Done.', ['e.g. this and i.e. that.', 'Done.']],
  ['Wait... what? Yes.', ['Wait... what?', 'Yes.']],
  [
    'the stories of the Sunnah....Every Muslim should',
    ['the stories of the Sunnah....Every Muslim should'],
  ],
  ['  \n\n  ', []],
  ['', []],
];

describe('sentenceRanges', () => {
  it.each(SENTENCES)('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('is linear in the length of the text', () => {
    const text = (n: number): string =>
      'Dr. Smith went to Kabul in 2001. He said "Yes." Then left!\n\n'.repeat(n);
    expect(sentenceRanges(text(80_000)).length).toBe(240_000);
    expectLinear(text, sentenceRanges, 10_000);
  });
});

describe('sentenceAt / sentenceIndex', () => {
  const text = 'Title line\n\nFirst sentence about Kabul. Second one in Kandahar.\nThird.';
  it.each([
    [text.indexOf('Kabul'), 'First sentence about Kabul.'],
    [text.indexOf('Kandahar'), 'Second one in Kandahar.'],
    [text.indexOf('Third'), 'Third.'],
    [0, 'Title line'],
  ])('offset %i → %s', (offset, expected) => {
    expect(sentenceAt(text, offset).text).toBe(expected);
    expect(sentenceIndex(text)(offset).text).toBe(expected);
    const s = sentenceAt(text, offset);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('lines', () => {
  const text = 'ab\ncd\r\n\nef';
  it('finds the line of an offset like positionAt does', () => {
    const index = lineIndex(text);
    for (let i = 0; i <= text.length; i++) {
      expect(positionIn(index, i)).toEqual(positionAt(text, i));
    }
    expect(lineOf(index, text.indexOf('ef'))).toBe(4);
  });
  it('spans exclude the line break, CR included', () => {
    expect(lineRanges(text).map((s) => text.slice(s.start, s.end))).toEqual(['ab', 'cd', '', 'ef']);
  });
});

describe('utf8', () => {
  const enc = new TextEncoder();
  it('decodes and strips a BOM', () => {
    const r = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('hé')]));
    expect(r).toEqual({ ok: true, text: 'hé', hadBom: true });
  });
  it.each([
    ['lone continuation', [0x61, 0x80], 1],
    ['truncated sequence', [0x61, 0xe2, 0x82], 1],
    ['overlong', [0xc0, 0xaf], 0],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['latin-1', [...enc.encode('caf'), 0xe9], 3],
  ])('%s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
    expect(decodeUtf8(new Uint8Array(bytes)).ok).toBe(false);
  });
  it('reports line and column of the first invalid byte', () => {
    const bytes = new Uint8Array([...enc.encode('ok\nné \n  x'), 0xff]);
    const r = decodeUtf8(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.position).toMatchObject({ line: 3, column: 4 });
  });
});
