import { describe, expect, it } from 'vitest';
import { dateLabel, timeOf, utcDay } from '../../../../src/domain/session/dates';
import { addOrganization } from '../../../../src/domain/session/organizations';
import { latestValidation, markValidated, validationLabel } from '../../../../src/domain/session/validation';
import { buildMap } from '../../../support/build-map';
import { healthcare, LATER, NOW, okMap, reasonOf, stillValid } from './session-fixture';

describe('marking a map validated', () => {
  it('records one validation per organization at the same moment and sets the review date', () => {
    let map = okMap(addOrganization(healthcare(), 'Baystate Health', NOW));
    map = okMap(markValidated(map, ['baystate health', 'Mercy', ' mercy ', '  '], LATER));
    expect(map.reviewedAt).toBe(LATER);
    expect(map.feedback.slice(1)).toEqual([
      { id: 'fb-validated', organization: 'Baystate Health', kind: 'validated', createdAt: LATER, status: 'open' },
      { id: 'fb-validated-2', organization: 'Mercy', kind: 'validated', createdAt: LATER, status: 'open' },
    ]);
    expect(latestValidation(map)).toEqual({ date: LATER, organizations: ['Baystate Health', 'Mercy'] });
    expect(stillValid(map)).toBe(true);
  });

  it('refuses without an organization, leaving the map as it was', () => {
    const map = healthcare();
    expect(reasonOf(markValidated(map, [], NOW))).toBe('Choose at least one organization that validates the map.');
    expect(reasonOf(markValidated(map, [' '], NOW))).toBe('Choose at least one organization that validates the map.');
    expect(map.reviewedAt).toBeUndefined();
  });

  it('reports the newest validation only, with its own organizations', () => {
    let map = okMap(markValidated(healthcare(), ['A', 'B', 'C'], '2025-03-01T10:00:00Z'));
    map = okMap(markValidated(map, ['D'], '2026-11-23T09:00:00Z'));
    expect(latestValidation(map)).toEqual({ date: '2026-11-23T09:00:00Z', organizations: ['D'] });
    expect(latestValidation(healthcare())).toBeUndefined();
  });

  it('reads validations from a file whatever the order they were written in', () => {
    const map = buildMap({
      feedback: [
        { id: 'b', organization: 'New One', kind: 'validated', createdAt: '2026-11-23', status: 'open' },
        { id: 'a', organization: 'Old One', kind: 'validated', createdAt: '2024-01-05', status: 'open' },
        { id: 'c', organization: 'New Two', kind: 'validated', createdAt: '2026-11-23', status: 'open' },
      ],
    });
    expect(latestValidation(map)).toEqual({ date: '2026-11-23', organizations: ['New One', 'New Two'] });
  });
});

describe('the validation label', () => {
  it('counts employers and gives the date in words', () => {
    expect(validationLabel({ date: '2026-11-23T15:04:05.000Z', organizations: ['A', 'B', 'C'] })).toBe(
      'Validated by 3 employers on 23 November 2026',
    );
    expect(validationLabel({ date: '2026-11-23', organizations: ['A'] })).toBe('Validated by 1 employer on 23 November 2026');
  });

  it('uses the day in UTC, so every machine shows the same date', () => {
    expect(dateLabel('2026-11-23T23:30:00-05:00')).toBe('24 November 2026');
    expect(dateLabel('2026-11-23T23:30:00')).toBe('23 November 2026');
    expect(utcDay('2026-01-01T01:00:00+02:00')).toBe('2025-12-31');
  });

  it('orders moments in time, a local time as written', () => {
    expect(timeOf('2026-11-23T10:00:00+02:00')).toBeLessThan(timeOf('2026-11-23T09:00:00Z'));
    expect(timeOf('2026-11-23T09:00:00')).toBe(timeOf('2026-11-23T09:00:00Z'));
    expect(timeOf('2026-11-23')).toBeLessThan(timeOf('2026-11-23T00:00:01Z'));
  });
});
