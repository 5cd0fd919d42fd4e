import { describe, expect, it } from 'vitest';
import { laborFigures, representationFigure, withSource } from '../../../src/domain/labor-words';
import { periodText, readPeriod } from '../../../src/domain/period-text';

describe('laborFigures', () => {
  it('says of each figure what it counts, for which period and area', () => {
    const electricians = { annualOpenings: 2570, growthPct: 29.3, employment: 17490, year: 2020, period: { from: 2020, to: 2030 }, area: 'Massachusetts' };
    expect(laborFigures(electricians)).toEqual([
      { label: 'Openings a year', text: '2,570 openings a year (annual average), 2020–2030, Massachusetts' },
      { label: 'Growth', text: '+29.3% growth, 2020–2030, Massachusetts' },
      { label: 'Employment', text: '17,490 employed, 2020, Massachusetts' },
    ]);
  });

  it('says "area not stated" when the figures do not say where they count, and which time is missing', () => {
    expect(laborFigures({ growthPct: -3, employment: 100 }).map((figure) => figure.text)).toEqual([
      '-3% growth, period not stated, area not stated',
      '100 employed, year not stated, area not stated',
    ]);
  });

  it('gives a projection without a period (maps written before periods) the year of its figures, not as a period', () => {
    expect(laborFigures({ annualOpenings: 65200, growthPct: 4, year: 2023, area: 'United States' }).map((figure) => figure.text)).toEqual([
      '65,200 openings a year (annual average), in 2023, United States',
      '+4% growth, in 2023, United States',
    ]);
  });

  it('marks every figure of a block that is not verified', () => {
    const texts = laborFigures({ femalePct: 54, minorityPct: 30.5, year: 2024, area: 'Springfield, MA metro', notVerified: true }).map((f) => f.text);
    expect(texts).toEqual(['54% women, 2024, Springfield, MA metro (not verified)', '30.5% minority workers, 2024, Springfield, MA metro (not verified)']);
  });

  it('says representation as one figure with its year and area, an unknown share as "not known"', () => {
    const labor = { annualOpenings: 410, femalePct: 88, minorityPct: 31.25, year: 2024, area: 'Massachusetts' };
    expect(representationFigure(labor)).toEqual({ label: 'Representation', text: 'Women: 88% · Minority workers: 31.3%, 2024, Massachusetts' });
    expect(representationFigure({ minorityPct: 40 })?.text).toBe('Women: not known · Minority workers: 40%, year not stated, area not stated');
    expect(representationFigure({ annualOpenings: 410 })).toBeUndefined();
    expect(laborFigures(labor, { shares: false }).map((figure) => figure.label)).toEqual(['Openings a year']);
  });

  it('names nothing when no figure is known', () => {
    expect(laborFigures({ year: 2020, area: 'Massachusetts' })).toEqual([]);
  });

  it('adds the source in brackets when one is named', () => {
    expect(withSource('+29.3% growth, 2020–2030, Massachusetts', 'Projections Central')).toBe('+29.3% growth, 2020–2030, Massachusetts (Projections Central)');
    expect(withSource('+29.3% growth', undefined)).toBe('+29.3% growth');
  });
});

describe('periods', () => {
  it('are written with an en dash, one year alone', () => {
    expect(periodText({ from: 2020, to: 2030 })).toBe('2020–2030');
    expect(periodText({ from: 2024, to: 2024 })).toBe('2024');
  });

  it('are read from a hyphen, an en dash, "to" or one year, and not from anything else', () => {
    for (const text of ['2020-2030', '2020–2030', ' 2020 to 2030 ', '2020 — 2030']) expect(readPeriod(text)).toEqual({ from: 2020, to: 2030 });
    expect(readPeriod('2024')).toEqual({ from: 2024, to: 2024 });
    for (const text of ['2020-30', 'next decade', '2020/2030', '']) expect(readPeriod(text)).toBeUndefined();
  });
});
