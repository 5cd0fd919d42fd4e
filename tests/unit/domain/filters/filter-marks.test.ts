import { describe, expect, it } from 'vitest';
import { filterMarks } from '../../../../src/domain/filters/filter-marks';
import { LEFT_OUT_LABEL, missingCountText, outcomeText } from '../../../../src/domain/filters/filter-words';
import { matchLineText } from '../../../../src/domain/filters/match-count';
import { NO_FILTER } from '../../../../src/domain/filters/occupation-filter';
import { buildMap } from '../../../support/build-map';
import { pluralMistakes } from '../../../support/plural-mistakes';

// A construction-like ladder: trades with apprenticeships and no education or wage on file.
const map = buildMap({
  occupations: [
    { id: 'laborer', title: 'Laborer', apprenticeship: { registered: false, preApprenticeship: true }, wage: { amount: 37890, unit: 'year' } },
    { id: 'electrician', title: 'Electrician', apprenticeship: { registered: true } },
    { id: 'hvac', title: 'HVAC', education: 'postsecondary-nondegree', apprenticeship: { registered: true }, wage: { amount: 57300, unit: 'year' } },
    { id: 'inspector', title: 'Inspector', education: 'bachelor' },
  ],
});
const trades = { ...NO_FILTER, apprenticeable: true, noDegree: true };

describe('filterMarks', () => {
  it('marks nothing and dims nothing while no filter is on', () => {
    const marks = filterMarks(map.occupations, NO_FILTER, true);
    expect(marks.outcomes.size).toBe(0);
    expect(marks.dimmedIds.size).toBe(0);
    expect(matchLineText(marks.count)).toBe('4 of 4 occupations match');
  });

  it('shows cards not known for the filters (marked, not dimmed) while they are included', () => {
    const marks = filterMarks(map.occupations, trades, true);
    expect([...marks.dimmedIds]).toEqual(['inspector']);
    expect(marks.outcomes.get('laborer')).toEqual({ kind: 'not-known', missing: ['education'] });
    expect(marks.outcomes.get('inspector')).toEqual({ kind: 'no-match' });
    expect(marks.outcomes.has('hvac')).toBe(false);
    expect(matchLineText(marks.count)).toBe('1 of 4 occupations matches; 2 have no education on file (shown, marked not known)');
  });

  it('dims them with the non-matches while they are left out, still saying they are not known', () => {
    const marks = filterMarks(map.occupations, trades, false);
    expect([...marks.dimmedIds].sort()).toEqual(['electrician', 'inspector', 'laborer']);
    expect(outcomeText(marks.outcomes.get('electrician')!)).toBe('Not known for the filters: no education on file');
    expect(outcomeText(marks.outcomes.get('inspector')!)).toBe(LEFT_OUT_LABEL);
    expect(matchLineText(marks.count)).toBe('1 of 4 occupations matches; 2 have no education on file (left out)');
  });

  it('counts each missing figure, a card lacking two in both, with the right plurals', () => {
    const marks = filterMarks(map.occupations, { ...trades, minHourlyWage: 15 }, true);
    expect(outcomeText(marks.outcomes.get('electrician')!)).toBe('Not known for the filters: no education on file, no wage on file');
    const line = matchLineText(marks.count);
    expect(line).toBe('1 of 4 occupations matches; 2 have no education on file, 1 has no wage on file (shown, marked not known)');
    expect(pluralMistakes(line)).toEqual([]);
  });

  it('a wage floor alone: "0 of N match" says how many have no wage on file', () => {
    const noWages = buildMap({ occupations: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] });
    expect(matchLineText(filterMarks(noWages.occupations, { ...NO_FILTER, minHourlyWage: 20 }, true).count)).toBe(
      '0 of 2 occupations match; 2 have no wage on file (shown, marked not known)',
    );
  });
});

describe('missingCountText', () => {
  it('agrees in number', () => {
    expect(missingCountText('wage', 1)).toBe('1 has no wage on file');
    expect(missingCountText('education', 9)).toBe('9 have no education on file');
    expect(missingCountText('level', 0)).toBe('0 have no level set');
  });
});
