import { describe, expect, it } from 'vitest';
import { niceCeiling, wageFraction, wageMarks, wageScales } from '../../../src/features/canvas/wage-scale';
import { buildMap } from '../../support/build-map';

const occupations = (wages: unknown[]) =>
  buildMap({ occupations: wages.map((wage, index) => ({ id: `o${index}`, title: `Job ${index}`, wage })) }).occupations;

describe('wageScales', () => {
  it('gives the whole map one scale per unit, from $0 to a round number above the highest figure', () => {
    const scales = wageScales(
      occupations([
        { amount: 32400, unit: 'year' },
        { min: 70000, max: 82650, unit: 'year' },
        { min: 17.5, amount: 19.25, max: 22, unit: 'hour' },
        { amount: 21, unit: 'hour' },
      ]),
    );
    expect(scales).toEqual({ year: { unit: 'year', top: 90000 }, hour: { unit: 'hour', top: 25 } });
  });

  it('is empty when no occupation has a wage', () => {
    expect(wageScales(occupations([]))).toEqual({});
    expect(wageScales(buildMap({ occupations: [{ id: 'a', title: 'A' }] }).occupations)).toEqual({});
  });

  it('counts single figures, whichever end they are', () => {
    expect(wageScales(occupations([{ amount: 40000, unit: 'year' }])).year?.top).toBe(40000);
    expect(wageScales(occupations([{ min: 41000, unit: 'year' }])).year?.top).toBe(50000);
    expect(wageScales(occupations([{ max: 18, unit: 'hour' }])).hour?.top).toBe(20);
  });

  it('keeps a scale of $0 when every figure is $0, and places nothing past its ends', () => {
    const scale = wageScales(occupations([{ amount: 0, unit: 'year' }])).year;
    expect(scale).toEqual({ unit: 'year', top: 0 });
    expect(wageFraction({ unit: 'year', top: 0 }, 10)).toBe(0);
    expect(wageFraction({ unit: 'year', top: 100 }, 250)).toBe(1);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 1.2, 1.5, 2, 2.5, 3 … × a power of ten', () => {
    expect([82650, 90000, 90001, 22, 1000, 7.25, 0, -5].map(niceCeiling)).toEqual([90000, 90000, 100000, 25, 1000, 8, 0, 0]);
  });
});

describe('wageMarks', () => {
  const scale = { unit: 'year', top: 100000 } as const;

  it('draws a range from the lowest to the highest figure, with a tick at the median', () => {
    expect(wageMarks(scale, { min: 40000, amount: 50000, max: 60000, unit: 'year' })).toEqual({ range: [0.4, 0.6], tick: 0.5 });
  });

  it('draws a range without a tick when there is no median', () => {
    expect(wageMarks(scale, { min: 40000, max: 60000, unit: 'year' })).toEqual({ range: [0.4, 0.6] });
  });

  it('draws a single figure, or equal ends, as a tick', () => {
    expect(wageMarks(scale, { amount: 25000, unit: 'year' })).toEqual({ tick: 0.25 });
    expect(wageMarks(scale, { min: 30000, unit: 'year' })).toEqual({ tick: 0.3 });
    expect(wageMarks(scale, { min: 30000, max: 30000, unit: 'year' })).toEqual({ tick: 0.3 });
  });
});
