import { describe, expect, it } from 'vitest';
import { checkHealth } from '../../../../src/domain/health/check-health';
import { FINDING_CODES, FINDING_SEVERITY } from '../../../../src/domain/health/finding';
import { buildMap } from '../../../support/build-map';
import { TODAY, targets } from './helpers';

/** One map that trips every rule once (and the no-entry rule stays quiet: there is an entry job). */
const troubled = () =>
  buildMap({
    groups: [
      { id: 'care', label: 'Care' },
      { id: 'empty', label: 'Empty' },
    ],
    sources: [{ id: 'oews', label: 'OEWS' }],
    occupations: [
      { id: 'cna', title: 'CNA', socCode: '31-1131', groupId: 'care', level: 'entry', wage: { amount: 40000, unit: 'year', year: 2025, sourceId: 'oews' } },
      {
        id: 'lpn',
        title: 'LPN',
        socCode: '29-2061',
        groupId: 'care',
        level: 'middle',
        wage: { amount: 30000, unit: 'year', year: 2025 },
        labor: { employment: 900, year: 2020, area: 'Massachusetts', sourceId: 'oews' },
      },
      { id: 'rn', title: 'RN', socCode: '29-2061', groupId: 'care', level: 'advanced', wage: { amount: 80000, unit: 'year', year: 2019, sourceId: 'oews' } },
      { id: 'island', title: 'Island', groupId: 'care', level: 'advanced' },
    ],
    transitions: [
      { id: 'cna-lpn', from: 'cna', to: 'lpn', kind: 'advancement', requirements: ['PN program'] },
      { id: 'cna-rn', from: 'cna', to: 'rn', kind: 'advancement' },
    ],
  });

describe('checkHealth', () => {
  it('runs every rule, grouped by code in report order, each in file order', () => {
    expect(targets(checkHealth(troubled(), TODAY))).toEqual([
      'unreachable island',
      'pay-cut cna-lpn',
      'duplicate-soc rn',
      'dead-end lpn',
      'missing-wage island',
      'stale-wage rn',
      'stale-labor lpn',
      'missing-soc island',
      'no-requirements cna-rn',
      'empty-group empty',
      'unsourced-figure lpn',
    ]);
  });

  it('reports codes in the order FINDING_CODES lists them, with each code its own severity', () => {
    const findings = checkHealth(troubled(), TODAY);
    const order = findings.map((finding) => FINDING_CODES.indexOf(finding.code));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const finding of findings) expect(finding.severity).toBe(FINDING_SEVERITY[finding.code]);
    expect(FINDING_CODES.filter((code) => FINDING_SEVERITY[code] === 'warning')).toEqual([
      'no-entry-level',
      'unreachable',
      'pay-cut',
      'duplicate-soc',
      'unmeetable-requirement',
    ]);
  });

  it('finds nothing on a healthy map', () => {
    const healthy = buildMap({
      groups: [{ id: 'care', label: 'Care' }],
      sources: [{ id: 'oews', label: 'OEWS' }],
      occupations: [
        { id: 'cna', title: 'CNA', socCode: '31-1131', groupId: 'care', level: 'entry', wage: { amount: 40000, unit: 'year', year: 2025, sourceId: 'oews' } },
        { id: 'rn', title: 'RN', socCode: '29-1141', groupId: 'care', level: 'advanced', wage: { amount: 90000, unit: 'year', sourceId: 'oews' } },
      ],
      transitions: [{ id: 'cna-rn', from: 'cna', to: 'rn', kind: 'advancement', requirements: ['ADN program', 'NCLEX-RN'] }],
    });
    expect(checkHealth(healthy, TODAY)).toEqual([]);
  });

  it('is pure: leaves the map as it was and gives the same findings for the same map and day', () => {
    const map = troubled();
    const before = structuredClone(map);
    const first = checkHealth(map, TODAY);
    expect(checkHealth(map, new Date(TODAY))).toEqual(first);
    expect(map).toEqual(before);
  });

  it('shows invisible characters in titles rather than letting them rearrange a message', () => {
    const map = buildMap({ occupations: [{ id: 'x', title: 'Nurse\u202eesruN', level: 'advanced', socCode: '29-1141' }] });
    const [finding] = checkHealth(map, TODAY).filter((found) => found.code === 'missing-wage');
    expect(finding?.message).toBe('Nurse\\u202eesruN has no wage. Add a wage from OEWS with its statistic (mean or median) and year.');
  });

  it('follows a 5,000-card chain at the size limit without overflowing the stack', () => {
    const occupations = Array.from({ length: 5000 }, (_, index) => ({ id: `o${index}`, title: `Job ${index}`, level: index === 0 ? 'entry' : 'middle' }));
    const transitions = Array.from({ length: 4999 }, (_, index) => ({ id: `t${index}`, from: `o${index}`, to: `o${index + 1}` }));
    const map = buildMap({ occupations, transitions });
    const findings = checkHealth(map, TODAY);
    expect(findings.filter((finding) => finding.code === 'unreachable')).toEqual([]);
    expect(targets(findings.filter((finding) => finding.code === 'dead-end'))).toEqual(['dead-end o4999']);
  });
});
