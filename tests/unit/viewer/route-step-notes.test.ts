import { describe, expect, it } from 'vitest';
import { findRoutes } from '../../../src/domain/graph/find-routes';
import { PathwayMap } from '../../../src/domain/schema/map';
import { routeSources, sourceMarkText } from '../../../src/features/viewer/routes/handout-sources';
import { apprenticeshipNote, stepFiguresText, stepViaText } from '../../../src/features/viewer/routes/route-step-notes';

const map = PathwayMap.parse({
  schemaVersion: 2,
  id: 'care',
  title: 'Care',
  sources: [
    { id: 'bls', label: 'BLS' },
    { id: 'reg', label: 'Apprenticeship registry' },
    { id: 'move', label: 'Career ladder study' },
    { id: 'unused', label: 'Not on this route' },
  ],
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', wage: { amount: 32400, unit: 'year', statistic: 'mean', sourceId: 'bls' } },
    { id: 'ma', title: 'Medical Assistant', apprenticeship: { registered: true, sourceIds: ['reg'] } },
    { id: 'lpn', title: 'Licensed Practical Nurse', wage: { amount: 57110, unit: 'year', statistic: 'mean', sourceId: 'bls' } },
  ],
  transitions: [
    { id: 'cna-ma', from: 'cna', to: 'ma', kind: 'lateral', notes: 'Not from a sourced pathway, so confirm it with local employers.' },
    { id: 'ma-lpn', from: 'ma', to: 'lpn', typicalMonths: 12, costUsd: 4000, viaApprenticeship: true, sourceIds: ['move'] },
  ],
});

describe('what a route step says besides its requirements (screen and handout alike)', () => {
  const [route] = findRoutes(map, { from: 'cna', to: 'lpn' }).routes;
  const [toMa, toLpn] = route!.steps;

  it('gives time and cost, "not known" when the map has no figure, and an apprenticeship move as such', () => {
    expect(stepFiguresText(toMa!)).toBe('Time not known · Cost not known');
    expect(stepFiguresText(toLpn!)).toBe('About 12 months · Costs $4,000 · Through an apprenticeship: earn while you learn');
    expect(stepViaText(toMa!)).toBeUndefined();
  });

  it('names a registered apprenticeship and says its starting pay is not on file when no program gives one', () => {
    expect(apprenticeshipNote(toMa!.to, false)).toBe('Medical Assistant has a registered apprenticeship; starting pay not on file.');
    expect(apprenticeshipNote(toLpn!.to, true)).toBeUndefined();
  });

  it('gives the starting pay of the programs, one figure or their range, and names a pre-apprenticeship', () => {
    const programs = (...wages: (number | undefined)[]) => wages.map((startingWage, index) => ({ name: `Program ${index}`, startingWage }));
    const electrician = (...wages: (number | undefined)[]) => ({ title: 'Electrician', apprenticeship: { registered: true, programs: programs(...wages) } });
    expect(apprenticeshipNote(electrician(18.5, undefined, 16), false)).toBe('Electrician has a registered apprenticeship; starting pay $16.00–$18.50 an hour.');
    expect(apprenticeshipNote(electrician(undefined), false)).toBe('Electrician has a registered apprenticeship; starting pay not on file.');
    const job = { title: 'Electrician', apprenticeship: { registered: true, preApprenticeship: true, programs: programs(21) } };
    expect(apprenticeshipNote(job, false)).toBe('Electrician has a registered apprenticeship and a pre-apprenticeship; starting pay $21.00 an hour.');
    // Made through the apprenticeship, the step already says so: only its pay is added.
    expect(apprenticeshipNote({ ...job, apprenticeship: { registered: true, programs: programs(21) } }, true)).toBe('Apprenticeship starting pay $21.00 an hour.');
    expect(apprenticeshipNote({ title: 'Helper', apprenticeship: { registered: false } }, false)).toBeUndefined();
  });

  it('lists the sources behind the route, the apprenticeship mentioned included, numbered in the map’s order', () => {
    const sources = routeSources(map, route!);
    expect(sources.map((source) => source.id)).toEqual(['bls', 'reg', 'move']);
    expect(sourceMarkText(sources, ['move'])).toBe('Source 3');
    expect(sourceMarkText(sources, ['bls', 'reg', 'bls'])).toBe('Sources 1, 2');
    expect(sourceMarkText(sources, ['gone'])).toBe('Source “gone”');
    expect(sourceMarkText(sources, undefined)).toBeUndefined();
  });
});
