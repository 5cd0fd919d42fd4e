import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRoutes } from '../../../src/domain/graph/find-routes';
import { parseMap } from '../../../src/domain/parse';
import { routeApprenticeshipText } from '../../../src/features/viewer/routes/route-words';
import { sortNoteText } from '../../../src/features/viewer/routes/route-sort-note';
import { buildMap } from '../../support/build-map';

function healthcare() {
  const result = parseMap(readFileSync(resolve('fixtures/healthcare-pioneer-valley.json'), 'utf8'));
  if (!result.ok) throw new Error('sample does not parse');
  return result.map;
}

describe('routeApprenticeshipText', () => {
  it('names the registered apprenticeship a step names, never "none" (healthcare Route 2 through Medical Assistant)', () => {
    const [direct, throughAssistant] = findRoutes(healthcare(), { from: 'cna', to: 'rn' }).routes;
    expect(routeApprenticeshipText(direct!)).toBe('none');
    expect(routeApprenticeshipText(throughAssistant!)).toBe('Medical Assistant has a registered apprenticeship');
  });

  it('counts moves made through an apprenticeship, and names the registered ones besides', () => {
    const map = buildMap({
      occupations: [
        { id: 'a', title: 'Aide' },
        { id: 'b', title: 'Baker', apprenticeship: { registered: true } },
        { id: 'c', title: 'Chef', apprenticeship: { registered: true } },
        { id: 'd', title: 'Director', apprenticeship: { registered: true } },
      ],
      transitions: [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'bc', from: 'b', to: 'c' },
        { id: 'cd', from: 'c', to: 'd', viaApprenticeship: true },
      ],
    });
    const [route] = findRoutes(map, { from: 'a', to: 'd' }).routes;
    expect(routeApprenticeshipText(route!)).toBe('1 earn-while-you-learn step; Baker and Chef have registered apprenticeships');
  });

  it('names a pre-apprenticeship a step names too, never "none"', () => {
    const map = buildMap({
      occupations: [
        { id: 'a', title: 'Aide' },
        { id: 'b', title: 'Baker', apprenticeship: { registered: false, preApprenticeship: true } },
        { id: 'c', title: 'Chef', apprenticeship: { registered: true, preApprenticeship: true } },
      ],
      transitions: [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'bc', from: 'b', to: 'c' },
      ],
    });
    const [route] = findRoutes(map, { from: 'a', to: 'c' }).routes;
    expect(routeApprenticeshipText(route!)).toBe('Baker has a pre-apprenticeship; Chef has a registered apprenticeship and a pre-apprenticeship');
  });
});

describe('sortNoteText', () => {
  const diamond = buildMap({
    occupations: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }, { id: 'd', title: 'D' }],
    transitions: [
      { id: 'ab', from: 'a', to: 'b', typicalMonths: 6, costUsd: 100 },
      { id: 'bd', from: 'b', to: 'd', typicalMonths: 6, costUsd: 100 },
      { id: 'ac', from: 'a', to: 'c', typicalMonths: 2 },
      { id: 'cd', from: 'c', to: 'd' },
    ],
  });

  it('says when no route has the figures the sort is by (the healthcare sample gives no times or costs)', () => {
    const { routes } = findRoutes(healthcare(), { from: 'cna', to: 'rn', sortBy: 'time' });
    expect(sortNoteText(routes, 'time')).toBe('No route here has time figures, so they are not in order of time: they are listed by their other figures.');
    expect(sortNoteText(routes, 'cost')).toBe('No route here has cost figures, so they are not in order of cost: they are listed by their other figures.');
    // Both wages are means: the gains compare, and the sort needs no note.
    expect(sortNoteText(routes, 'wage-gain')).toBeUndefined();
  });

  it('says when only some have them, and those without come last', () => {
    const { routes } = findRoutes(diamond, { from: 'a', to: 'd', sortBy: 'time' });
    // "At least 2 months" through C may well be longer than 12: it comes after the route whose time is known.
    expect(routes.map((route) => route.occupations.map((job) => job.id))).toEqual([['a', 'b', 'd'], ['a', 'c', 'd']]);
    expect(sortNoteText(routes, 'time')).toBe('1 of 2 routes here has time figures and comes first; the other one comes last, time not known.');
  });

  it('says nothing when every route has the figure, or there is no route', () => {
    const { routes } = findRoutes(diamond, { from: 'a', to: 'b', sortBy: 'time' });
    expect(sortNoteText(routes, 'time')).toBeUndefined();
    expect(sortNoteText([], 'time')).toBeUndefined();
  });
});
