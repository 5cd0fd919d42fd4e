import { describe, expect, it } from 'vitest';
import {
  activeFilterLabels,
  comparableHourlyWage,
  filterOutcome,
  fitFilterToLevels,
  isFilterActive,
  matchesFilter,
  NO_FILTER,
  withoutFilter,
  type OccupationFilter,
} from '../../../../src/domain/filters/occupation-filter';
import { DEFAULT_LEVELS } from '../../../../src/domain/schema/level';
import type { Occupation } from '../../../../src/domain/schema/map';
import { buildMap } from '../../../support/build-map';

const map = buildMap({
  occupations: [
    { id: 'registered', title: 'Registered apprentice', apprenticeship: { registered: true } },
    { id: 'pre', title: 'Pre-apprentice', apprenticeship: { registered: false, preApprenticeship: true } },
    { id: 'neither', title: 'No programme', apprenticeship: { registered: false, preApprenticeship: false } },
    { id: 'none', title: 'No credential', education: 'none' },
    { id: 'high-school', title: 'Diploma', education: 'high-school' },
    { id: 'certificate', title: 'Certificate', education: 'postsecondary-nondegree' },
    { id: 'some-college', title: 'Some college', education: 'some-college' },
    { id: 'associate', title: 'Associate', education: 'associate' },
    { id: 'bachelor', title: 'Bachelor', education: 'bachelor' },
    { id: 'growing', title: 'Growing', highGrowth: true, highGrowthBasis: ['rapid-growth'] },
    { id: 'openings', title: 'Many openings', highGrowth: true, highGrowthBasis: ['numerous-openings'] },
    { id: 'both', title: 'Growing, many openings', highGrowth: true, highGrowthBasis: ['rapid-growth', 'numerous-openings'] },
    { id: 'why-not-stated', title: 'Bright Outlook, basis not stated', highGrowth: true },
    { id: 'flat', title: 'Flat', highGrowth: false },
    { id: 'priority', title: 'Priority', designation: 'priority' },
    { id: 'critical', title: 'Critical', designation: 'critical' },
    { id: 'hourly-20', title: 'Hourly 20', wage: { min: 15, amount: 20, max: 30, unit: 'hour' } },
    { id: 'yearly-41600', title: 'Yearly 41,600 (= $20/h)', wage: { amount: 41600, unit: 'year' } },
    { id: 'yearly-max-only', title: 'Yearly max 52,000 (= $25/h)', wage: { max: 52000, unit: 'year' } },
    { id: 'hourly-min-only', title: 'Hourly min 22', wage: { min: 22, unit: 'hour' } },
    { id: 'low-median-high-max', title: 'Median 18, max 40', wage: { amount: 18, max: 40, unit: 'hour' } },
  ],
});

function occupation(id: string): Occupation {
  const found = map.occupations.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no occupation ${id}`);
  return found;
}

/** The ids known to match. */
function matching(filter: Partial<OccupationFilter>): string[] {
  return map.occupations.filter((occupation) => matchesFilter(occupation, { ...NO_FILTER, ...filter })).map((occupation) => occupation.id);
}

/** The ids the filter cannot judge, with what each lacks. */
function notKnown(filter: Partial<OccupationFilter>): Record<string, readonly string[]> {
  const found: Record<string, readonly string[]> = {};
  for (const occupation of map.occupations) {
    const outcome = filterOutcome(occupation, { ...NO_FILTER, ...filter });
    if (outcome.kind === 'not-known') found[occupation.id] = outcome.missing;
  }
  return found;
}

describe('matchesFilter', () => {
  it('lets every occupation through when nothing is filtered', () => {
    expect(matching({})).toHaveLength(map.occupations.length);
  });

  it('apprenticeable: a registered or a pre-apprenticeship', () => {
    expect(matching({ apprenticeable: true })).toEqual(['registered', 'pre']);
  });

  it('no degree: no formal credential, a diploma or a postsecondary certificate, never an unknown education', () => {
    expect(matching({ noDegree: true })).toEqual(['none', 'high-school', 'certificate']);
    expect(matchesFilter(occupation('growing'), { ...NO_FILTER, noDegree: true })).toBe(false);
  });

  it('high growth: only occupations flagged for rapid growth, never for openings alone or for a basis not stated', () => {
    expect(matching({ highGrowth: true })).toEqual(['growing', 'both']);
  });

  it('many openings: only occupations flagged for numerous openings', () => {
    expect(matching({ manyOpenings: true })).toEqual(['openings', 'both']);
    expect(matching({ manyOpenings: true, highGrowth: true })).toEqual(['both']);
  });

  it('a basis without the flag itself does not count', () => {
    const unflagged = buildMap({ occupations: [{ id: 'x', title: 'X', highGrowthBasis: ['rapid-growth'] }] }).occupations[0]!;
    expect(matchesFilter(unflagged, { ...NO_FILTER, highGrowth: true })).toBe(false);
  });

  it('priority: designated priority or critical', () => {
    expect(matching({ priority: true })).toEqual(['priority', 'critical']);
  });

  it('a wage floor compares the median, else the maximum, with yearly wages at 2,080 hours', () => {
    expect(matching({ minHourlyWage: 20 })).toEqual(['hourly-20', 'yearly-41600', 'yearly-max-only', 'hourly-min-only']);
    expect(matching({ minHourlyWage: 20.01 })).toEqual(['yearly-max-only', 'hourly-min-only']);
    expect(matching({ minHourlyWage: 25 })).toEqual(['yearly-max-only']);
  });

  it('the median decides even when the maximum would clear the floor', () => {
    expect(matchesFilter(occupation('low-median-high-max'), { ...NO_FILTER, minHourlyWage: 19 })).toBe(false);
  });

  it('an occupation without a wage never matches a wage floor, not even $0', () => {
    expect(matchesFilter(occupation('growing'), { ...NO_FILTER, minHourlyWage: 0 })).toBe(false);
    expect(matchesFilter(occupation('hourly-20'), { ...NO_FILTER, minHourlyWage: 0 })).toBe(true);
  });

  it('combines filters: an occupation must pass each one', () => {
    const both = buildMap({
      occupations: [
        { id: 'a', title: 'A', highGrowth: true, highGrowthBasis: ['rapid-growth'], apprenticeship: { registered: true } },
        { id: 'b', title: 'B', highGrowth: true, highGrowthBasis: ['rapid-growth'] },
        { id: 'c', title: 'C', apprenticeship: { registered: true } },
      ],
    });
    const filter = { ...NO_FILTER, highGrowth: true, apprenticeable: true };
    expect(both.occupations.map((occupation) => filterOutcome(occupation, filter).kind)).toEqual(['match', 'no-match', 'no-match']);
  });
});

describe('comparableHourlyWage', () => {
  it('turns a yearly wage into an hourly one and leaves hourly wages as they are', () => {
    expect(comparableHourlyWage(occupation('yearly-41600'))).toBe(20);
    expect(comparableHourlyWage(occupation('hourly-20'))).toBe(20);
    expect(comparableHourlyWage(occupation('bachelor'))).toBeUndefined();
  });
});

describe('isFilterActive', () => {
  it('is false for no filter and true as soon as any part is set', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    for (const change of [{ apprenticeable: true }, { noDegree: true }, { highGrowth: true }, { manyOpenings: true }, { priority: true }, { minHourlyWage: 0 }, { level: 'entry' }]) {
      expect(isFilterActive({ ...NO_FILTER, ...change })).toBe(true);
    }
  });
});

describe('activeFilterLabels', () => {
  it('names each active part, in the filter bar order, with the wage floor in dollars an hour', () => {
    expect(activeFilterLabels(NO_FILTER, DEFAULT_LEVELS)).toEqual([]);
    expect(
      activeFilterLabels(
        { apprenticeable: true, noDegree: true, highGrowth: true, manyOpenings: true, priority: true, minHourlyWage: 18.5, level: 'middle' },
        DEFAULT_LEVELS,
      ),
    ).toEqual([
      { key: 'apprenticeable', label: 'Apprenticeable' },
      { key: 'noDegree', label: 'No degree needed' },
      { key: 'highGrowth', label: 'High growth' },
      { key: 'manyOpenings', label: 'Many openings' },
      { key: 'priority', label: 'Priority or critical' },
      { key: 'minHourlyWage', label: 'At least $18.50 an hour' },
      { key: 'level', label: 'Level: Middle level' },
    ]);
    expect(activeFilterLabels({ ...NO_FILTER, minHourlyWage: 20 }, DEFAULT_LEVELS)).toEqual([{ key: 'minHourlyWage', label: 'At least $20 an hour' }]);
  });

  it("names the level by the map's own label, and shows no chip for a level the map lacks", () => {
    const levels = [{ id: 'y1', label: 'First year' }];
    expect(activeFilterLabels({ ...NO_FILTER, level: 'y1' }, levels)).toEqual([{ key: 'level', label: 'Level: First year' }]);
    expect(activeFilterLabels({ ...NO_FILTER, level: 'middle' }, levels)).toEqual([]);
  });

  it('withoutFilter turns one part off and keeps the rest', () => {
    const filter = { ...NO_FILTER, highGrowth: true, minHourlyWage: 20 };
    expect(withoutFilter(filter, 'minHourlyWage')).toEqual({ ...NO_FILTER, highGrowth: true });
    expect(withoutFilter(filter, 'highGrowth')).toEqual({ ...NO_FILTER, minHourlyWage: 20 });
    expect(withoutFilter({ ...filter, level: 'entry' }, 'level')).toEqual(filter);
  });
});

describe('filterOutcome: unknown is not "no"', () => {
  it('a card with no education on file is not known for "no degree needed", never a non-match', () => {
    expect(notKnown({ noDegree: true })).toMatchObject({ registered: ['education'], growing: ['education'] });
    expect(filterOutcome(occupation('bachelor'), { ...NO_FILTER, noDegree: true })).toEqual({ kind: 'no-match' });
    expect(filterOutcome(occupation('certificate'), { ...NO_FILTER, noDegree: true })).toEqual({ kind: 'match' });
  });

  it('a card with no wage on file is not known for a wage floor, even $0; a wage under the floor does not match', () => {
    expect(filterOutcome(occupation('growing'), { ...NO_FILTER, minHourlyWage: 0 })).toEqual({ kind: 'not-known', missing: ['wage'] });
    expect(filterOutcome(occupation('hourly-20'), { ...NO_FILTER, minHourlyWage: 25 })).toEqual({ kind: 'no-match' });
  });

  it('a Bright Outlook flag with no basis on file is not known for growth or openings; no flag at all is a "no"', () => {
    expect(filterOutcome(occupation('why-not-stated'), { ...NO_FILTER, highGrowth: true })).toEqual({ kind: 'not-known', missing: ['growth-basis'] });
    expect(filterOutcome(occupation('why-not-stated'), { ...NO_FILTER, manyOpenings: true })).toEqual({ kind: 'not-known', missing: ['growth-basis'] });
    expect(filterOutcome(occupation('flat'), { ...NO_FILTER, highGrowth: true })).toEqual({ kind: 'no-match' });
    expect(filterOutcome(occupation('openings'), { ...NO_FILTER, highGrowth: true })).toEqual({ kind: 'no-match' });
  });

  it('apprenticeship and designation are listings: none listed is a "no", not an unknown', () => {
    expect(filterOutcome(occupation('bachelor'), { ...NO_FILTER, apprenticeable: true })).toEqual({ kind: 'no-match' });
    expect(filterOutcome(occupation('bachelor'), { ...NO_FILTER, priority: true })).toEqual({ kind: 'no-match' });
  });

  it('a known failure decides, whatever else is unknown; otherwise every missing figure is named, in order', () => {
    const trade = buildMap({ occupations: [{ id: 't', title: 'Trade', apprenticeship: { registered: true } }] }).occupations[0]!;
    const filter = { ...NO_FILTER, apprenticeable: true, noDegree: true, minHourlyWage: 20 };
    expect(filterOutcome(trade, filter)).toEqual({ kind: 'not-known', missing: ['education', 'wage'] });
    expect(matchesFilter(trade, filter)).toBe(false);
    expect(filterOutcome(occupation('growing'), filter)).toEqual({ kind: 'no-match' });
  });
});

describe('the level filter', () => {
  const fiveLevels = [
    { id: 'l1', label: 'Start' },
    { id: 'l2', label: 'Foundation' },
    { id: 'l3', label: 'Skilled' },
    { id: 'l4', label: 'Lead' },
    { id: 'l5', label: 'Expert' },
  ];
  const five = buildMap({
    levels: fiveLevels,
    occupations: [
      { id: 'a', title: 'A', level: 'l1' },
      { id: 'b', title: 'B', level: 'l3' },
      { id: 'c', title: 'C', level: 'l3', highGrowth: true, highGrowthBasis: ['rapid-growth'] },
      { id: 'd', title: 'D', level: 'l5' },
      { id: 'no-level', title: 'No level' },
    ],
  });
  const matchingIn = (filter: Partial<OccupationFilter>) =>
    five.occupations.filter((occupation) => matchesFilter(occupation, { ...NO_FILTER, ...filter })).map(({ id }) => id);

  it('keeps only the occupations at that level, on a map with five levels of its own', () => {
    expect(matchingIn({ level: 'l3' })).toEqual(['b', 'c']);
    expect(matchingIn({ level: 'l5' })).toEqual(['d']);
    expect(matchingIn({ level: 'l4' })).toEqual([]);
  });

  it('never lets through an occupation with no level: it is not known for the level filter', () => {
    for (const { id } of fiveLevels) expect(matchesFilter(five.occupations[4]!, { ...NO_FILTER, level: id })).toBe(false);
    expect(filterOutcome(five.occupations[4]!, { ...NO_FILTER, level: 'l1' })).toEqual({ kind: 'not-known', missing: ['level'] });
    expect(matchesFilter(five.occupations[4]!, NO_FILTER)).toBe(true);
  });

  it('combines with the other filters', () => {
    expect(matchingIn({ level: 'l3', highGrowth: true })).toEqual(['c']);
  });

  it('a level the map does not have (removed, or another map\'s) is cleared, and the filter is off', () => {
    const stale = { ...NO_FILTER, level: 'middle' };
    const fitted = fitFilterToLevels(stale, five.levels);
    expect(fitted).toEqual(NO_FILTER);
    expect(isFilterActive(fitted)).toBe(false);
    expect(fitFilterToLevels({ ...stale, highGrowth: true }, five.levels)).toEqual({ ...NO_FILTER, highGrowth: true });
  });

  it('a level the map has, or no level, leaves the filter as it is', () => {
    const filter = { ...NO_FILTER, level: 'l2' };
    expect(fitFilterToLevels(filter, five.levels)).toBe(filter);
    expect(fitFilterToLevels(NO_FILTER, five.levels)).toBe(NO_FILTER);
  });
});
