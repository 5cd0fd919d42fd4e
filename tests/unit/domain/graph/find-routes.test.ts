import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRoutes, ROUTE_BOUNDS } from '../../../../src/domain/graph/find-routes';
import { parseMap } from '../../../../src/domain/parse';
import { graphMap, ids, move, occupation, paid } from './graph-maps';

function healthcareSample() {
  const result = parseMap(readFileSync(resolve('fixtures/healthcare-pioneer-valley.json'), 'utf8'));
  if (!result.ok) throw new Error('sample does not parse');
  return result.map;
}

// Three ways from a to d: through b (slow, cheap), through c (quick, dear) and straight (slowest, free).
const diamond = graphMap(
  [occupation('a', paid(30000)), occupation('b'), occupation('c'), occupation('d', paid(50000))],
  [
    move('a', 'b', { typicalMonths: 6, costUsd: 500 }),
    move('b', 'd', { typicalMonths: 6, costUsd: 500 }),
    move('a', 'c', { typicalMonths: 2, costUsd: 4000 }),
    move('c', 'd', { typicalMonths: 1, costUsd: 4000, viaApprenticeship: true }),
    move('a', 'd', { typicalMonths: 36, costUsd: 0 }),
  ],
);

describe('findRoutes on the healthcare sample', () => {
  it('finds both routes from Nursing Assistant to Registered Nurse, the shorter first, with steps, requirements and wage gain', () => {
    const search = findRoutes(healthcareSample(), { from: 'cna', to: 'rn', sortBy: 'time' });
    expect(search.status).toBe('found');
    expect(ids(search.routes)).toEqual([
      ['cna', 'lpn', 'rn'],
      ['cna', 'medical-assistant', 'lpn', 'rn'],
    ]);
    const [best] = search.routes;
    expect(best?.stepCount).toBe(2);
    expect(best?.steps.map((step) => step.transition.id)).toEqual(['cna-to-lpn', 'lpn-to-rn']);
    // The sample's move names the NCLEX-PN licence card (format v2), keeping its v1 wording as text.
    expect(best?.steps[0]?.transition.requirements?.of).toContainEqual({ type: 'license', text: 'Pass the NCLEX-PN exam', cardId: 'nclex-pn' });
    // $82,650 − $32,400 a year, both means from the map.
    expect(best?.wageGain).toEqual({ comparable: true, statistic: 'mean', amount: 50250, unit: 'year' });
    // The sample gives no move a time or a cost: the totals say so rather than claiming 0.
    expect(best?.totalMonths).toEqual({ known: 0, unknownSteps: 2 });
    expect(best?.totalCostUsd).toEqual({ known: 0, unknownSteps: 2 });
  });
});

describe('findRoutes ranking', () => {
  it('by time puts the quickest first', () => {
    const search = findRoutes(diamond, { from: 'a', to: 'd', sortBy: 'time' });
    expect(ids(search.routes)).toEqual([['a', 'c', 'd'], ['a', 'b', 'd'], ['a', 'd']]);
    expect(search.routes.map((route) => route.totalMonths.known)).toEqual([3, 12, 36]);
  });

  it('by cost puts the cheapest first', () => {
    const search = findRoutes(diamond, { from: 'a', to: 'd', sortBy: 'cost' });
    expect(ids(search.routes)).toEqual([['a', 'd'], ['a', 'b', 'd'], ['a', 'c', 'd']]);
    expect(search.routes.map((route) => route.totalCostUsd)).toEqual([
      { known: 0, unknownSteps: 0 },
      { known: 1000, unknownSteps: 0 },
      { known: 8000, unknownSteps: 0 },
    ]);
  });

  it('by wage gain puts the biggest rise first, unknown gains last, converting hourly pay at 2,080 hours', () => {
    const map = graphMap(
      [
        occupation('aide', { level: 'entry', ...paid(15, 'hour') }), // $31,200 a year
        occupation('clerk', { level: 'entry', ...paid(40000) }),
        occupation('helper', { level: 'entry' }), // no wage on the map
        occupation('goal', { level: 'advanced', ...paid(60000) }),
      ],
      [move('clerk', 'goal', { typicalMonths: 1 }), move('helper', 'goal', { typicalMonths: 1 }), move('aide', 'goal', { typicalMonths: 40 })],
    );
    const search = findRoutes(map, { from: null, to: 'goal', sortBy: 'wage-gain' });
    expect(ids(search.routes)).toEqual([['aide', 'goal'], ['clerk', 'goal'], ['helper', 'goal']]);
    expect(search.routes.map((route) => route.wageGain)).toEqual([
      { comparable: true, statistic: 'mean', amount: 28800, unit: 'year' },
      { comparable: true, statistic: 'mean', amount: 20000, unit: 'year' },
      undefined,
    ]);
  });

  it('by wage gain ranks a gain between different statistics as unknown (last), never as a figure or as 0', () => {
    const map = graphMap(
      [
        // A 10th percentile to a mean would be the biggest "rise" if subtracted.
        occupation('low', { level: 'entry', ...paid(10000, 'year', 'p10') }),
        occupation('unstated', { level: 'entry', ...paid(20000, 'year', null) }),
        occupation('fall', { level: 'entry', ...paid(70000) }), // a known cut of $10,000 still ranks before unknown gains
        occupation('clerk', { level: 'entry', ...paid(40000) }),
        occupation('goal', { level: 'advanced', ...paid(60000) }),
      ],
      [
        move('low', 'goal', { typicalMonths: 1 }),
        move('unstated', 'goal', { typicalMonths: 2 }),
        move('fall', 'goal', { typicalMonths: 40 }),
        move('clerk', 'goal', { typicalMonths: 30 }),
      ],
    );
    const search = findRoutes(map, { from: null, to: 'goal', sortBy: 'wage-gain' });
    expect(ids(search.routes)).toEqual([['clerk', 'goal'], ['fall', 'goal'], ['low', 'goal'], ['unstated', 'goal']]);
    expect(search.routes.map((route) => route.wageGain)).toEqual([
      { comparable: true, statistic: 'mean', amount: 20000, unit: 'year' },
      { comparable: true, statistic: 'mean', amount: -10000, unit: 'year' },
      { comparable: false, from: 'p10', to: 'mean' },
      { comparable: false, from: undefined, to: 'mean' },
    ]);
  });

  it('by wage gain from one job (the same gain for every route) falls back to time', () => {
    const search = findRoutes(diamond, { from: 'a', to: 'd', sortBy: 'wage-gain' });
    expect(search.routes.every((route) => route.wageGain?.comparable === true && route.wageGain.amount === 20000)).toBe(true);
    expect(ids(search.routes)).toEqual([['a', 'c', 'd'], ['a', 'b', 'd'], ['a', 'd']]);
  });

  it('counts an unknown time as nothing known ("at least"), and puts a route whose time is not fully known after those whose time is', () => {
    const map = graphMap(
      [occupation('a'), occupation('b'), occupation('c'), occupation('e'), occupation('d')],
      [
        move('a', 'b', { typicalMonths: 10 }),
        move('b', 'd'), // time not known: at least 10 months
        move('a', 'c', { typicalMonths: 4 }),
        move('c', 'd', { typicalMonths: 6 }), // exactly 10 months
        move('a', 'e', { typicalMonths: 12 }),
        move('e', 'd', { typicalMonths: 0 }), // exactly 12 months
      ],
    );
    const search = findRoutes(map, { from: 'a', to: 'd', sortBy: 'time' });
    // "At least 10 months" may well be longer than 12: it comes after both routes whose time is known.
    expect(ids(search.routes)).toEqual([['a', 'c', 'd'], ['a', 'e', 'd'], ['a', 'b', 'd']]);
    expect(search.routes[2]?.totalMonths).toEqual({ known: 10, unknownSteps: 1 });
  });

  it('adds up months, cost and apprenticeship steps along a route', () => {
    const [quick] = findRoutes(diamond, { from: 'a', to: 'd', sortBy: 'time' }).routes;
    expect(quick?.totalMonths).toEqual({ known: 3, unknownSteps: 0 });
    expect(quick?.totalCostUsd).toEqual({ known: 8000, unknownSteps: 0 });
    expect(quick?.apprenticeshipSteps).toBe(1);
    expect(quick?.steps.map((step) => [step.from.id, step.to.id])).toEqual([['a', 'c'], ['c', 'd']]);
  });

  it('returns at most `limit` routes, 5 by default, and at least 5 when there are more', () => {
    // a → m1..m7 → z: seven two-step routes.
    const middles = Array.from({ length: 7 }, (_, index) => `m${index + 1}`);
    const map = graphMap(
      [occupation('a'), ...middles.map((id) => occupation(id)), occupation('z')],
      middles.flatMap((id, index) => [move('a', id, { typicalMonths: index }), move(id, 'z', { typicalMonths: 1 })]),
    );
    expect(findRoutes(map, { from: 'a', to: 'z' }).routes).toHaveLength(5);
    expect(findRoutes(map, { from: 'a', to: 'z', limit: 2 }).routes.map((route) => route.totalMonths.known)).toEqual([1, 2]);
    expect(findRoutes(map, { from: 'a', to: 'z', limit: 20 }).routes).toHaveLength(7);
  });
});

describe('findRoutes on awkward maps', () => {
  it('follows cycles without repeating an occupation and ends', () => {
    const map = graphMap(
      ['a', 'b', 'c', 'd'].map((id) => occupation(id)),
      [move('a', 'b'), move('b', 'a'), move('b', 'c'), move('c', 'b'), move('c', 'a'), move('a', 'c'), move('c', 'd')],
    );
    const search = findRoutes(map, { from: 'a', to: 'd', limit: 50 });
    expect(search.status).toBe('found');
    expect(new Set(ids(search.routes).map(String))).toEqual(new Set(['a,c,d', 'a,b,c,d']));
    for (const route of ids(search.routes)) expect(new Set(route).size).toBe(route.length);
  });

  it('says a goal is unreachable when no chain of moves leads there, even the other way round', () => {
    const map = graphMap(['a', 'b', 'c'].map((id) => occupation(id)), [move('b', 'a'), move('a', 'c')]);
    expect(findRoutes(map, { from: 'a', to: 'b' })).toEqual({ status: 'unreachable', routes: [], stoppedEarly: false });
    expect(findRoutes(map, { from: 'c', to: 'a' }).status).toBe('unreachable');
  });

  it(`says a goal is too far when only chains of more than ${ROUTE_BOUNDS.maxSteps} moves lead there`, () => {
    const chain = Array.from({ length: ROUTE_BOUNDS.maxSteps + 2 }, (_, index) => `j${index}`);
    const map = graphMap(
      chain.map((id) => occupation(id)),
      chain.slice(1).map((id, index) => move(chain[index] ?? '', id)),
    );
    const last = chain[chain.length - 1] ?? '';
    expect(findRoutes(map, { from: 'j0', to: last })).toEqual({ status: 'too-far', routes: [], stoppedEarly: false });
    const withinBound = findRoutes(map, { from: 'j1', to: last });
    expect(withinBound.status).toBe('found');
    expect(withinBound.routes[0]?.stepCount).toBe(ROUTE_BOUNDS.maxSteps);
  });

  it('answers "same" when From is the goal, and "unknown-occupation" for ids not on the map', () => {
    expect(findRoutes(diamond, { from: 'a', to: 'a' }).status).toBe('same');
    expect(findRoutes(diamond, { from: 'nope', to: 'd' }).status).toBe('unknown-occupation');
    expect(findRoutes(diamond, { from: 'a', to: 'nope' }).status).toBe('unknown-occupation');
  });

  it('stops at its bound on a tangle it cannot finish, keeping the best routes found and saying it stopped', () => {
    // s → m → goal, and from m into a 13-occupation tangle whose only way out is back through m.
    const tangle = Array.from({ length: 13 }, (_, index) => `t${index}`);
    const map = graphMap(
      [occupation('s'), occupation('m'), occupation('goal'), ...tangle.map((id) => occupation(id))],
      [
        move('s', 'm', { typicalMonths: 1 }),
        move('m', 'goal', { typicalMonths: 1 }),
        ...tangle.flatMap((id) => [move('m', id), move(id, 'm'), ...tangle.filter((other) => other !== id).map((other) => move(id, other))]),
      ],
    );
    const search = findRoutes(map, { from: 's', to: 'goal' });
    expect(search.status).toBe('found');
    expect(ids(search.routes)).toEqual([['s', 'm', 'goal']]);
    expect(search.stoppedEarly).toBe(true);
  });

  it('does not wander back through the job it starts from', () => {
    // The same tangle hung off the start itself: no route can come back through s, so nothing is left to search.
    const tangle = Array.from({ length: 13 }, (_, index) => `t${index}`);
    const map = graphMap(
      [occupation('s'), occupation('goal'), ...tangle.map((id) => occupation(id))],
      [
        move('s', 'goal', { typicalMonths: 1 }),
        ...tangle.flatMap((id) => [move('s', id), move(id, 's'), ...tangle.filter((other) => other !== id).map((other) => move(id, other))]),
      ],
    );
    expect(findRoutes(map, { from: 's', to: 'goal' })).toMatchObject({ status: 'found', stoppedEarly: false });
  });

  it('never changes the map', () => {
    const before = JSON.stringify(diamond);
    findRoutes(diamond, { from: 'a', to: 'd', sortBy: 'cost' });
    findRoutes(diamond, { from: null, to: 'd', sortBy: 'wage-gain' });
    expect(JSON.stringify(diamond)).toBe(before);
  });
});

describe('findRoutes from no experience', () => {
  it('starts at entry-level occupations and at those an entry move leads into', () => {
    const map = graphMap(
      [
        occupation('school'), // not a job anyone starts in; its entry move says who can come in
        occupation('aide', { level: 'entry' }),
        occupation('tech', { level: 'middle' }),
        occupation('lead', { level: 'advanced' }),
      ],
      [move('school', 'tech', { kind: 'entry' }), move('aide', 'tech'), move('tech', 'lead')],
    );
    const search = findRoutes(map, { from: null, to: 'lead' });
    expect(new Set(ids(search.routes).map(String))).toEqual(new Set(['tech,lead', 'aide,tech,lead']));
  });

  it('offers a route of no moves when the goal is itself a way in', () => {
    const map = graphMap([occupation('aide', { level: 'entry' }), occupation('cook', { level: 'entry' })], [move('cook', 'aide')]);
    const search = findRoutes(map, { from: null, to: 'aide' });
    expect(ids(search.routes)).toEqual([['aide'], ['cook', 'aide']]);
    expect(search.routes[0]?.stepCount).toBe(0);
  });

  it('on a map that marks no way in, starts at the jobs no move leads into', () => {
    const map = graphMap(['a', 'b', 'c'].map((id) => occupation(id)), [move('a', 'b'), move('b', 'c')]);
    expect(ids(findRoutes(map, { from: null, to: 'c' }).routes)).toEqual([['a', 'b', 'c']]);
  });
});
