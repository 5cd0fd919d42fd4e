import { describe, expect, it } from 'vitest';
import { implausibleWage, usualWageUnit } from '../../../../src/domain/session/wage-units';
import { buildMap } from '../../../support/build-map';
import { healthcare } from './session-fixture';

const withWages = (...units: ('hour' | 'year' | undefined)[]) =>
  buildMap({
    occupations: units.map((unit, index) => ({
      id: `o${index}`,
      title: `Occupation ${index}`,
      ...(unit ? { wage: { amount: unit === 'hour' ? 20 : 40000, unit } } : {}),
    })),
  });

describe('the usual wage unit of a map', () => {
  it('is the unit most of its wages use', () => {
    expect(usualWageUnit(healthcare())).toBe('year');
    expect(usualWageUnit(withWages('hour', 'hour', 'year', undefined))).toBe('hour');
    expect(usualWageUnit(withWages('year', undefined, 'hour', 'year'))).toBe('year');
  });

  it('is none when no wage is known or the units are tied', () => {
    expect(usualWageUnit(withWages(undefined, undefined))).toBeUndefined();
    expect(usualWageUnit(withWages('hour', 'year'))).toBeUndefined();
  });
});

describe('an implausible wage figure', () => {
  it('flags a salary given per hour, and says it looks yearly', () => {
    expect(implausibleWage(39000, 'hour')).toEqual({
      problem: '$39,000.00 an hour looks like a yearly figure, and the unit is per hour.',
      likelyUnit: 'year',
    });
  });

  it('flags an hourly rate given per year', () => {
    expect(implausibleWage(18.5, 'year')).toEqual({
      problem: '$19 a year looks like an hourly figure, and the unit is per year.',
      likelyUnit: 'hour',
    });
  });

  it('lets plausible figures through, up to $500 an hour and from $1,000 a year', () => {
    expect(implausibleWage(500, 'hour')).toBeUndefined();
    expect(implausibleWage(18.5, 'hour')).toBeUndefined();
    expect(implausibleWage(1000, 'year')).toBeUndefined();
    expect(implausibleWage(39000, 'year')).toBeUndefined();
  });
});
