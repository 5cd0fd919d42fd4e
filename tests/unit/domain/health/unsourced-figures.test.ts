import { describe, expect, it } from 'vitest';
import { findUnsourcedFigures } from '../../../../src/domain/health/unsourced-figures';
import { run, targets } from './helpers';

describe('findUnsourcedFigures', () => {
  const map = {
    sources: [{ id: 'oews', label: 'OEWS May 2024' }],
    occupations: [
      { id: 'cna', title: 'Nursing Assistant', wage: { amount: 38000, unit: 'year', sourceId: 'oews' }, labor: { employment: 38130, area: 'MA' } },
      { id: 'lpn', title: 'Licensed Practical Nurse', wage: { amount: 57110, unit: 'year' } },
      { id: 'rn', title: 'Registered Nurse', labor: { annualOpenings: 5300, area: 'MA', sourceId: 'oews' } },
      { id: 'blank', title: 'No figures', labor: { area: 'MA', year: 2024 } },
    ],
  };

  it('flags each wage and labor block that cites no source, at the figure', () => {
    expect(run(findUnsourcedFigures, map)).toEqual([
      {
        code: 'unsourced-figure',
        severity: 'info',
        targetId: 'cna',
        targetKind: 'occupation',
        path: 'occupations[0].labor',
        message: 'Nursing Assistant: the labor figures cite no source. Add the table they come from under Sources and choose it as their source.',
        figure: 'labor',
      },
      {
        code: 'unsourced-figure',
        severity: 'info',
        targetId: 'lpn',
        targetKind: 'occupation',
        path: 'occupations[1].wage',
        message: "Licensed Practical Nurse: the wage cites no source. Add the table it comes from under Sources and choose it as the wage's source.",
        figure: 'wage',
      },
    ]);
  });

  it('reports both figures of one card, wage first', () => {
    const both = { occupations: [{ id: 'cna', title: 'CNA', wage: { amount: 19, unit: 'hour' }, labor: { employment: 10, area: 'MA' } }] };
    expect(run(findUnsourcedFigures, both).map((finding) => finding.path)).toEqual(['occupations[0].wage', 'occupations[0].labor']);
  });

  it('flags each training program whose capacity or completions cite no source, at the program', () => {
    const programs = {
      sources: [{ id: 'hcc', label: 'HCC catalog' }],
      occupations: [
        {
          id: 'cna',
          title: 'CNA',
          training: [
            { name: 'CNA course', capacity: 30, sourceId: 'hcc' },
            { name: 'Evening CNA course', completions: 12 },
            { name: 'Open house only' },
          ],
        },
      ],
    };
    const found = run(findUnsourcedFigures, programs);
    expect(found.map((finding) => [finding.path, finding.figure])).toEqual([['occupations[0].training[1]', 'training']]);
    expect(found[0]?.message).toBe('CNA: the capacity and completions of "Evening CNA course" cite no source. Choose the program\'s source.');
  });

  it('flags a hiring event that counts jobs without a source, on the map, at the event', () => {
    const events = {
      id: 'm',
      sources: [{ id: 'news', label: 'Gazette' }],
      hiringEvents: [
        { id: 'e1', date: '2026-03-01', employer: 'Baystate', kind: 'expansion', jobs: 40, sourceId: 'news' },
        { id: 'e2', date: '2026-05-02', employer: 'Mercy', kind: 'layoff', jobs: 12 },
        { id: 'e3', date: '2026-06-03', employer: 'Holyoke Medical', kind: 'other' },
      ],
    };
    const found = run(findUnsourcedFigures, events);
    expect(found.map((finding) => [finding.path, finding.targetKind, finding.figure])).toEqual([['hiringEvents[1]', 'map', 'hiring-event']]);
    expect(found[0]?.message).toContain('Hiring event of Mercy on 2026-05-02: its jobs figure cites no source.');
  });

  it('finds nothing on a card without figures', () => {
    expect(targets(run(findUnsourcedFigures, { occupations: [{ id: 'a', title: 'A' }] }))).toEqual([]);
  });
});
