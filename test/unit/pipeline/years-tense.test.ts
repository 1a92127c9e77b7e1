import { describe, expect, it } from 'vitest';
import { presentTenseRule } from '../../../src/pipeline/years/tense.ts';

const PRESENT: string[] = [
  'Al-Qaeda is present in Ghor',
  'the groups are closely linked',
  'and they’re going to support terrorists',
  "it's obvious",
  'Al Qaeda has expanded its operations',
  'the Taliban have maintained their relations',
  'signing an agreement won’t put an end to them, as they don’t want to',
  'What kind of a presence do al-Qaeda retain',
  'the peace agreement cannot sever them',
  'It also maintains personnel in Canada',
  'the IMU remains active in Central Asia',
  'the group currently operates from Kandahar',
  'fighters now live in the tribal areas',
  'recently, fighters moved to Kunar',
  'in recent years the group grew in Kunar',
  'an opium trade which plagues most nations in Africa',
  'although they still want to receive them in Afghanistan',
  'he points out in written responses',
];

const NOT_PRESENT: string[] = [
  'Bin Laden moved to Sudan',
  'the Taliban were now in control of Kabul',
  'Pakistan had become the worst victim',
  'he would have fled to Quetta',
  'the group will return to Kunar',
  'IS fighters entered Nangarhar',
  'the attack was planned from Kandahar to do harm',
  'in order to have a base in Khost',
  'the Taliban themselves were the ones who spread terror',
  'they themselves were the ones',
  'the pact stated that forces withdrew from Kunar',
  'it spread to Kunar after World War I and the partition',
  'which saw them pledge to keep Isis out of Afghanistan',
];

describe('present or recent tense', () => {
  it.each(PRESENT)('present: %s', (clause) => {
    expect(presentTenseRule(clause)).not.toBeNull();
  });
  it.each(NOT_PRESENT)('not present: %s', (clause) => {
    expect(presentTenseRule(clause)).toBeNull();
  });
});
