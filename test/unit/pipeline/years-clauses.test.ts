import { describe, expect, it } from 'vitest';
import { annotateSource } from '../../../src/pipeline/dataset/annotate.ts';
import { parsePartialDate } from '../../../src/pipeline/sources/dates.ts';
import { checkSourceFiles } from '../../../src/pipeline/sources/read.ts';
import { type Dating, datingInSentence } from '../../../src/pipeline/years/index.ts';
import type { PartialDate } from '../../../src/shared/types.ts';
import { fakeGeoparser } from './fake-geoparser.ts';

function date(iso: string): PartialDate {
  const r = parsePartialDate(iso);
  if (!r.ok) throw new Error(iso);
  return r.date;
}

/** The dating of the first occurrence of `name` in `sentence`. */
function datingOf(sentence: string, name: string, published: string | null = '2021'): Dating {
  const at = sentence.indexOf(name);
  if (at < 0) throw new Error(`${name} not in ${sentence}`);
  return datingInSentence(sentence, published ? date(published) : null)(at);
}

const clause = (...years: number[]): Dating => ({ years, yearsFrom: 'clause' });
const publication = (year: number): Dating => ({ years: [year], yearsFrom: 'publication' });
const none: Dating = { years: [], yearsFrom: 'none' };

describe('a year binds to the clause that names it', () => {
  const headquarters =
    'Later, he moved the headquarters of Al Qaeda to Kandahar after it conquered Afghanistan in 2001.';

  it('a subordinate clause keeps its year to itself', () => {
    expect(datingOf(headquarters, 'Kandahar')).toEqual(none);
    expect(datingOf(headquarters, 'Afghanistan')).toEqual(clause(2001));
  });

  it('a subordinate clause without a year takes its main clause’s', () => {
    const s = 'In 1996, when the Taliban took Kabul, bin Laden moved to Jalalabad.';
    expect(datingOf(s, 'Kabul')).toEqual(clause(1996));
    expect(datingOf(s, 'Jalalabad')).toEqual(clause(1996));
  });

  it('a relative clause keeps its year to itself', () => {
    const s = 'The Taliban, who took Kandahar in 1994, moved on to Herat.';
    expect(datingOf(s, 'Kandahar')).toEqual(clause(1994));
    expect(datingOf(s, 'Herat')).toEqual(none);
  });

  it('an aside between dashes keeps its year to itself', () => {
    const s =
      'The organisation - born out of the victory over the Soviet Union in 1989 - paid the Taliban in Kandahar.';
    expect(datingOf(s, 'Soviet Union')).toEqual(clause(1989));
    expect(datingOf(s, 'Kandahar')).toEqual(none);
  });

  it('a semicolon separates two claims', () => {
    const s = 'The leaders fled to Quetta in 2001; the group is now based in Kandahar.';
    expect(datingOf(s, 'Quetta')).toEqual(clause(2001));
    expect(datingOf(s, 'Kandahar')).toEqual(publication(2021));
  });

  it('"after" before a year is a preposition, not a clause mark', () => {
    const s = 'The insurgency in Afghanistan after 2001 was fed from Quetta.';
    expect(datingOf(s, 'Afghanistan')).toEqual(clause(2001));
    expect(datingOf(s, 'Quetta')).toEqual(clause(2001));
  });

  it('a dash inside a compound is no clause mark', () => {
    const s = 'Fighting along the Afghanistan–Pakistan border in 2009 spread to Swat.';
    expect(datingOf(s, 'Swat')).toEqual(clause(2009));
  });

  it('a fronted year dates the whole main clause', () => {
    const s = 'In June 2020, a commander stated that eastern Afghanistan is the home of Al Qaeda.';
    expect(datingOf(s, 'Afghanistan')).toEqual(clause(2020));
  });
});

describe('a present-tense claim without a year is dated by publication', () => {
  it('counts for the publication year', () => {
    const s = '"Al-Qaeda is present in Ghor, Helmand, Faryab and Badakhshan provinces," he said.';
    expect(datingOf(s, 'Helmand', '2020-07')).toEqual(publication(2020));
  });

  it('a present-tense subordinate clause in a dated sentence is about the time of writing', () => {
    const s = 'The Taliban took Kandahar in 1994, which is now their stronghold near Spin Boldak.';
    expect(datingOf(s, 'Spin Boldak')).toEqual(publication(2021));
    expect(datingOf(s, 'Kandahar')).toEqual(clause(1994));
  });

  it('a past-tense claim without a year has none', () => {
    expect(datingOf('Bin Laden moved to Sudan.', 'Sudan')).toEqual(none);
  });

  it('without a publication date there is no year to give', () => {
    expect(datingOf('Al-Qaeda is present in Ghor.', 'Ghor', null)).toEqual(none);
  });
});

describe('mentions in the built data', () => {
  const raw = (body: string) => ({
    file: 'data/sources/story.txt',
    bytes: new TextEncoder().encode(
      `---\nid: story\ntitle: A story\npublished: 2021-09\n---\n${body}\n`,
    ),
  });
  const mentionsOf = (body: string) => {
    const { sources } = checkSourceFiles([raw(body)]);
    const source = sources[0];
    if (!source) throw new Error('fixture source not read');
    return annotateSource(source, fakeGeoparser()).mentions.map((m) => m.properties);
  };

  it('date each mention by its own clause, and say how', () => {
    const [kandahar, afghanistan, kabul] = mentionsOf(
      'He moved the headquarters to Kandahar after it conquered Afghanistan in 2001. Al-Qaeda is present in Kabul.',
    );
    expect(kandahar).toMatchObject({ text: 'Kandahar', years: [], yearsFrom: 'none' });
    expect(afghanistan).toMatchObject({ text: 'Afghanistan', years: [2001], yearsFrom: 'clause' });
    expect(kabul).toMatchObject({ text: 'Kabul', years: [2021], yearsFrom: 'publication' });
  });
});
