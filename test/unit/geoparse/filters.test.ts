/**
 * Table tests, one table per filter. Each "rejects" row is a span that the filter (and only
 * it, or it first) must reject; each "keeps" row must pass it, so the filter is not too broad.
 */
import { describe, expect, it } from 'vitest';
import { abbreviationFilter } from '../../../src/pipeline/geoparse/filters/abbreviation.ts';
import { calendarFilter } from '../../../src/pipeline/geoparse/filters/calendar.ts';
import { commonWordFilter } from '../../../src/pipeline/geoparse/filters/common-word.ts';
import { compoundFilter } from '../../../src/pipeline/geoparse/filters/compound.ts';
import { currencyFilter } from '../../../src/pipeline/geoparse/filters/currency.ts';
import { demonymFilter } from '../../../src/pipeline/geoparse/filters/demonym.ts';
import { functionWordFilter } from '../../../src/pipeline/geoparse/filters/function-word.ts';
import { organisationFilter } from '../../../src/pipeline/geoparse/filters/organisation.ts';
import { personFilter } from '../../../src/pipeline/geoparse/filters/person.ts';
import type { SpanFilter } from '../../../src/pipeline/geoparse/filters/types.ts';
import { prepare, spanOf } from './helpers.ts';

type Row = [text: string, surface: string];

function table(name: string, filter: SpanFilter, rejects: Row[], keeps: Row[]): void {
  describe(name, () => {
    it.each(rejects)('rejects in %j: %s', (text, surface) => {
      const { spans, ctx } = prepare(text);
      const r = filter(spanOf(spans, surface), ctx);
      expect(r !== null && 'reject' in r).toBe(true);
    });
    if (keeps.length > 0) {
      it.each(keeps)('keeps in %j: %s', (text, surface) => {
        const { spans, ctx } = prepare(text);
        const r = filter(spanOf(spans, surface), ctx);
        expect(r !== null && 'reject' in r).toBe(false);
      });
    }
  });
}

table(
  'person filter',
  personFilter,
  [
    ['The analyst Peter Bergen wrote a book.', 'Bergen'],
    ['Italian researcher Riccardo Valle spoke.', 'Valle'],
    ['It was Mullah Omar who decided.', 'Omar'],
    ['They followed Osama bin Laden for years.', 'Laden'],
    ['In the end Valle said it was over.', 'Valle'],
    ['A statue of George Washington stands there.', 'Washington'],
    ['President George W. Bush ordered it.', 'Bush'],
    ['We met Mr Reading yesterday.', 'Reading'],
    ['He leaves his wife, Valle, and two sons.', 'Valle'],
    ['Officers from Operation Valle made arrests.', 'Valle'],
  ],
  [
    ['They travelled to Bergen last week.', 'Bergen'],
    ['Officials in Kabul said it was over.', 'Kabul'],
    ['Washington said it would respond.', 'Washington'],
    ['Fighting in Northern Afghanistan went on.', 'Afghanistan'],
    ['He flew from Kandahar to Kabul.', 'Kandahar'],
  ],
);

table(
  'organisation filter',
  organisationFilter,
  [
    ['A collaborator at the University of Trieste said so.', 'Trieste'],
    ['The Islamic Movement of Uzbekistan created havoc.', 'Uzbekistan'],
    ['He studied at Kabul University before the war.', 'Kabul'],
    ['They signed the Doha Agreement in 2020.', 'Doha'],
    ['They signed the so-called Doha agreement in 2020.', 'Doha'],
    ['It was reported by the Voice of America today.', 'America'],
    ['Photo Source: India TV', 'India'],
    ['The Pakistan Meteorological Department warned.', 'Pakistan'],
    ['Fans of Real Madrid cheered.', 'Madrid'],
    ['Cases of the Quetta virus rose.', 'Quetta'],
    ['Agence France-Presse reported it.', 'France'],
  ],
  [
    ['The US Army moved in.', 'US'],
    ['Islamabad had dispatched its foreign minister.', 'Islamabad'],
    ['The US Defence Department said so.', 'US'],
    ['They met in Doha in February.', 'Doha'],
    ['Cases rose in Quetta, officials said.', 'Quetta'],
    ['President of Afghanistan spoke.', 'Afghanistan'],
    ['The Taliban and Pakistan agreed.', 'Pakistan'],
  ],
);

table(
  'common-word filter',
  commonWordFilter,
  [
    ['Police said the attack was over.', 'Police'],
    ['Reading the report, he frowned.', 'Reading'],
    ['He called the Police today.', 'Police'],
  ],
  [
    ['He lives in Reading near London.', 'Reading'],
    ['Georgia joined the talks.', 'Georgia'],
  ],
);

table(
  'demonym filter',
  demonymFilter,
  [
    ['Afghan soldiers left.', 'Afghan'],
    ['The Saudi terrorist hid.', 'Saudi'],
  ],
  [['He was born in Jeddah, Saudi Arabia in 1957.', 'Saudi Arabia']],
);

table('calendar filter', calendarFilter, [], [['He went to Kabul in May.', 'Kabul']]);

table(
  'currency filter',
  currencyFilter,
  [
    ['It cost US$460 million.', 'US'],
    ['A fine of Qatar$2,000 was paid.', 'Qatar'],
  ],
  [['The United States paid $5.', 'United States']],
);

table('function-word filter', functionWordFilter, [], [['The Kabul office opened.', 'Kabul']]);

table(
  'abbreviation filter',
  abbreviationFilter,
  [['The KDH airport was closed.', 'KDH']],
  [
    ['The US and the UK agreed.', 'US'],
    ['The U.S. agreed.', 'U.S.'],
  ],
);

table(
  'compound filter',
  compoundFilter,
  [['Lashkar-e-Omar attacked.', 'Omar']],
  [
    ['The Afghanistan-Pakistan talks.', 'Pakistan'],
    ['A Pakistan-based group.', 'Pakistan'],
  ],
);

describe('calendar and function words (direct)', () => {
  it('rejects month names and function words found as names', () => {
    // The fake gazetteer has no "May" or "Of": build the spans by hand.
    const { ctx } = prepare('In May. Of course.');
    const may = {
      ti: 1,
      tj: 1,
      start: 3,
      end: 6,
      text: 'May',
      key: 'may',
      entries: [],
      source: 'name' as const,
    };
    const of = {
      ti: 2,
      tj: 2,
      start: 8,
      end: 10,
      text: 'Of',
      key: 'of',
      entries: [],
      source: 'name' as const,
    };
    expect(calendarFilter(may, ctx)).toEqual({ reject: 'calendar word' });
    expect(functionWordFilter(of, ctx)).toEqual({ reject: 'function word' });
  });
});
