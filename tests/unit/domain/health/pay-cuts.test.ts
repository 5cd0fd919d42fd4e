import { describe, expect, it } from 'vitest';
import { findPayCuts } from '../../../../src/domain/health/pay-cuts';
import { run, targets } from './helpers';

const yearly = (amount: number, extra: Record<string, unknown> = {}) => ({ amount, unit: 'year', ...extra });
const twoJobs = (fromWage: unknown, toWage: unknown, kind?: string) => ({
  occupations: [
    { id: 'lead', title: 'Team Lead', level: 'middle', ...(fromWage ? { wage: fromWage } : {}) },
    { id: 'sup', title: 'Supervisor', level: 'advanced', ...(toWage ? { wage: toWage } : {}) },
  ],
  transitions: [{ id: 'lead-sup', from: 'lead', to: 'sup', ...(kind ? { kind } : {}) }],
});

describe('findPayCuts', () => {
  it('flags an advancement to a lower median, naming both figures', () => {
    const median = { statistic: 'median' };
    expect(run(findPayCuts, twoJobs(yearly(57110, median), yearly(52000, median), 'advancement'))).toEqual([
      {
        code: 'pay-cut',
        severity: 'warning',
        targetId: 'lead-sup',
        targetKind: 'transition',
        path: 'transitions[0]',
        message:
          "The advancement from Team Lead to Supervisor lowers the median wage from $57,110 to $52,000 a year. Check both wages, or mark the move lateral if it isn't a step up.",
        fromAmount: 57110,
        toAmount: 52000,
        unit: 'year',
      },
    ]);
  });

  it('treats a move with no kind as an advancement, and says so', () => {
    const [finding] = run(findPayCuts, twoJobs({ amount: 24.5, unit: 'hour' }, { amount: 21, unit: 'hour' }));
    expect(finding?.message).toBe(
      "The move from Team Lead to Supervisor (no kind given, so counted as an advancement) lowers the wage (statistic not stated) from $24.50 to $21.00 an hour. Check both wages, or mark the move lateral if it isn't a step up.",
    );
  });

  it('names the statistic the figures share, and both when they differ, never calling a mean a median', () => {
    const mean = { statistic: 'mean' };
    const [same] = run(findPayCuts, twoJobs(yearly(57110, mean), yearly(52000, mean), 'advancement'));
    expect(same?.message).toContain('lowers the mean wage from $57,110 to $52,000 a year.');
    const [mixed] = run(findPayCuts, twoJobs(yearly(57110, mean), yearly(52000, { statistic: 'median' }), 'advancement'));
    expect(mixed?.message).toContain(
      'lowers the wage from $57,110 (mean) to $52,000 (median) a year. The figures are for different statistics (mean and median).',
    );
  });

  it('finds nothing for a raise or an equal median', () => {
    expect(run(findPayCuts, twoJobs(yearly(50000), yearly(61490), 'advancement'))).toEqual([]);
    expect(run(findPayCuts, twoJobs(yearly(50000), yearly(50000), 'advancement'))).toEqual([]);
  });

  it('does not count lateral moves or ways in', () => {
    expect(run(findPayCuts, twoJobs(yearly(60000), yearly(40000), 'lateral'))).toEqual([]);
    expect(run(findPayCuts, twoJobs(yearly(60000), yearly(40000), 'entry'))).toEqual([]);
  });

  it('never compares an hourly median with a yearly one', () => {
    expect(run(findPayCuts, twoJobs(yearly(40000), { amount: 30, unit: 'hour' }, 'advancement'))).toEqual([]);
    expect(run(findPayCuts, twoJobs({ amount: 30, unit: 'hour' }, yearly(20), 'advancement'))).toEqual([]);
  });

  it('compares only known medians: a missing wage, or a range without a median, is not a cut', () => {
    expect(run(findPayCuts, twoJobs(yearly(60000), undefined, 'advancement'))).toEqual([]);
    expect(run(findPayCuts, twoJobs({ min: 60000, max: 90000, unit: 'year' }, yearly(40000), 'advancement'))).toEqual([]);
  });

  it('notes when the two figures come from different years or areas', () => {
    const [finding] = run(
      findPayCuts,
      twoJobs(yearly(57110, { year: 2019, area: 'Springfield, MA metro' }), yearly(53180, { year: 2023, area: 'United States' }), 'advancement'),
    );
    expect(finding?.message).toContain(
      'The figures are for different years (2019 and 2023) and areas (Springfield, MA metro and United States). Check both wages',
    );
  });

  it('reports each cut on its own transition, in file order', () => {
    const findings = run(findPayCuts, {
      occupations: [
        { id: 'a', title: 'A', wage: yearly(50000) },
        { id: 'b', title: 'B', wage: yearly(40000) },
        { id: 'c', title: 'C', wage: yearly(30000) },
      ],
      transitions: [
        { id: 'b-c', from: 'b', to: 'c' },
        { id: 'a-c', from: 'a', to: 'c', kind: 'lateral' },
        { id: 'a-b', from: 'a', to: 'b', kind: 'advancement' },
      ],
    });
    expect(targets(findings)).toEqual(['pay-cut b-c', 'pay-cut a-b']);
    expect(findings.map((finding) => finding.path)).toEqual(['transitions[0]', 'transitions[2]']);
  });
});
