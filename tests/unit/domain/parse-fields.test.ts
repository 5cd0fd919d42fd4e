import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/domain/parse';
import { errorsOf, parseData, sampleMap, warningsOf } from './helpers';

function withOccupation(fields: Record<string, unknown>) {
  const data = sampleMap();
  data.occupations[0] = { id: 'cna', title: 'Nursing Assistant', ...fields };
  return parseData(data);
}

const withWage = (wage: Record<string, unknown>) => withOccupation({ wage: { unit: 'year', ...wage } });

describe('parseMap: wages', () => {
  it('refuses a wage written as text, in dollars and with a hint', () => {
    expect(errorsOf(withWage({ min: '$35,000' }))).toEqual(['occupations[0].wage.min: must be a number of dollars, not "$35,000" (write it as 35000)']);
  });

  it('refuses text that is not a number at all', () => {
    expect(errorsOf(withWage({ amount: 'about forty' }))).toEqual(['occupations[0].wage.amount: must be a number of dollars, not "about forty"']);
  });

  it('refuses negative wages', () => {
    expect(errorsOf(withWage({ min: -5, max: 10 }))).toEqual(["occupations[0].wage.min: can't be negative (-5)"]);
  });

  it('refuses 1e400, which JSON.parse turns into Infinity', () => {
    const text = JSON.stringify(sampleMap()).replace('"min":17', '"min":1e400');
    expect(errorsOf(parseMap(text))).toEqual(['occupations[0].wage.min: is a number too large to use (like 1e400); write an ordinary number']);
  });

  it('refuses an inverted range, naming each step that runs backwards', () => {
    expect(errorsOf(withWage({ min: 50_000, amount: 40_000, max: 30_000 }))).toEqual([
      'occupations[0].wage.min: is more than the amount (50,000 > 40,000); a wage range runs min ≤ amount ≤ max',
      'occupations[0].wage.amount: is more than the max (40,000 > 30,000); a wage range runs min ≤ amount ≤ max',
    ]);
  });

  it('refuses min above max when there is no median', () => {
    expect(errorsOf(withWage({ min: 60_000, max: 45_000 }))).toEqual([
      'occupations[0].wage.min: is more than the max (60,000 > 45,000); a wage range runs min ≤ amount ≤ max',
    ]);
  });

  it('needs at least one of min, median or max', () => {
    expect(errorsOf(withWage({ area: 'Massachusetts' }))).toEqual([
      "occupations[0].wage: needs at least one of min, amount (the wage figure) or max; leave the wage out if it isn't known",
    ]);
  });

  it('accepts a single figure and equal figures', () => {
    expect(warningsOf(withWage({ amount: 46_680 }))).toEqual([]);
    expect(warningsOf(withWage({ min: 20, amount: 20, max: 20 }))).toEqual([]);
  });

  it('needs a unit', () => {
    expect(errorsOf(withOccupation({ wage: { amount: 20 } }))).toEqual(['occupations[0].wage.unit: is required']);
  });

  it('refuses dollars as text in training costs too', () => {
    expect(errorsOf(withOccupation({ training: [{ name: 'CNA course', costUsd: '1,200' }] }))).toEqual([
      'occupations[0].training[0].costUsd: must be a number of dollars, not "1,200" (write it as 1200)',
    ]);
  });
});

describe('parseMap: codes, dates, colours and choices', () => {
  it.each(['29-1141', '29-1141.01'])('accepts the SOC code %s', (socCode) => {
    expect(warningsOf(withOccupation({ socCode }))).toEqual([]);
  });

  it.each(['291141', '29-114', '29-1141.1', 'RN'])('refuses the SOC code %s', (socCode) => {
    expect(errorsOf(withOccupation({ socCode }))).toEqual([
      `occupations[0].socCode: must be an O*NET-SOC code like 29-1141 or 29-1141.01, not "${socCode}"`,
    ]);
  });

  it.each(['2024-05-01', '2024-05-01T09:30:00Z', '2024-05-01T09:30:00.250-04:00', '2024-02-29'])('accepts the date %s', (date) => {
    const data = { ...sampleMap(), reviewedAt: date };
    expect(warningsOf(parseData(data))).toEqual([]);
  });

  it.each(['05/01/2024', 'May 1, 2024', '2023-02-29', '2024-13-01', ''])('refuses the date %j', (date) => {
    const data = { ...sampleMap(), reviewedAt: date };
    expect(errorsOf(parseData(data))).toEqual([
      `reviewedAt: must be a date like 2024-05-01 (or a date and time like 2024-05-01T09:30:00Z), not "${date}"`,
    ]);
  });

  it.each(['#36c', '#3366CC'])('accepts the colour %s', (color) => {
    const data = { ...sampleMap(), groups: [{ id: 'nursing', label: 'Nursing', color }] };
    expect(warningsOf(parseData(data))).toEqual([]);
  });

  it.each(['red', '#3366cc80', 'url(javascript:alert(1))', '#36c;background:red'])('refuses the colour %s', (color) => {
    const data = { ...sampleMap(), groups: [{ id: 'nursing', label: 'Nursing', color }] };
    expect(errorsOf(parseData(data))).toEqual([`groups[0].color: must be a colour like #3366cc or #36c, not "${color}"`]);
  });

  it('names the allowed choices for an enum', () => {
    expect(errorsOf(withOccupation({ education: 'college' }))).toEqual([
      'occupations[0].education: must be one of "none", "high-school", "postsecondary-nondegree", "some-college", "associate", "bachelor", "master" or "doctoral", not "college"',
    ]);
  });

  it('says what kind of value was expected', () => {
    expect(errorsOf(withOccupation({ skills: 'caring', highGrowth: 'yes', title: 7 }))).toEqual([
      'occupations[0].title: must be text in double quotes, not 7',
      'occupations[0].skills: must be a list in [square brackets], not "caring"',
      'occupations[0].highGrowth: must be true or false, not "yes"',
    ]);
  });

  it('asks for whole numbers where counts are expected', () => {
    expect(errorsOf(withOccupation({ labor: { annualOpenings: 12.5 } }))).toEqual([
      'occupations[0].labor.annualOpenings: must be a whole number, not 12.5',
    ]);
  });

  it('says when a required field is missing or empty', () => {
    const data = sampleMap();
    delete data.title;
    data.occupations[1] = { id: 'lpn' };
    expect(errorsOf(parseData(data))).toEqual(['title: is required', 'occupations[1].title: is required']);
  });

  it('limits the map title to 200 characters', () => {
    const data = { ...sampleMap(), title: 'T'.repeat(201) };
    expect(errorsOf(parseData(data))).toEqual(['title: is too long: 201 characters; the limit is 200']);
  });
});
