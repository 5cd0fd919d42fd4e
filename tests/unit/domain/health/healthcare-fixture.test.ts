import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkHealth } from '../../../../src/domain/health/check-health';
import { parseMap } from '../../../../src/domain/parse';
import { TODAY, targets } from './helpers';

function healthcareSample() {
  const text = readFileSync(new URL('../../../../fixtures/healthcare-pioneer-valley.json', import.meta.url), 'utf8');
  const result = parseMap(text);
  if (!result.ok) throw new Error('the healthcare sample no longer parses');
  return result.map;
}

// Each finding below follows from a fact the sample leaves out; nothing in it is contradicted.
describe('the healthcare sample (fixtures/healthcare-pioneer-valley.json), checked in 2026', () => {
  const findings = checkHealth(healthcareSample(), TODAY);

  it('gives exactly the findings its missing facts call for', () => {
    expect(targets(findings)).toEqual([
      // No sourced move out of these: the EMS ladder stops at paramedic (a middle-level job), and the
      // two behavioral-health jobs stand alone.
      'dead-end paramedic',
      'dead-end human-service-assistant',
      'dead-end psychiatric-technician',
      // "Occupations without a sourced wage show none" (the sample's wageBasis).
      'missing-wage medical-assistant',
      'missing-wage phlebotomist',
      'missing-wage lab-technician',
      'missing-wage lab-technologist',
      'missing-wage human-service-assistant',
      'missing-wage psychiatric-technician',
      // Older than the default 18 months in mid-2026: the nursing wages (May 2019) and the EMT and
      // paramedic wages (2023). Every wage and labor figure cites a source, and the labor figures are recent.
      'stale-wage cna',
      'stale-wage lpn',
      'stale-wage rn',
      'stale-wage emt',
      'stale-wage paramedic',
    ]);
  });

  it('finds no problem in the shape of the map: every job is reachable and no advancement cuts pay', () => {
    expect(findings.filter((finding) => finding.severity === 'warning')).toEqual([]);
  });

  it('points each finding at the field to fix', () => {
    expect(findings.find((finding) => finding.targetId === 'phlebotomist')?.path).toBe('occupations[6].wage');
    expect(findings.find((finding) => finding.code === 'stale-wage')?.path).toBe('occupations[0].wage.year');
    expect(findings.find((finding) => finding.targetId === 'paramedic')?.path).toBe('occupations[5]');
  });

  it('counts the 2019 wages as current for 18 months after the end of 2019', () => {
    const stale = (day: string) => targets(checkHealth(healthcareSample(), new Date(day))).filter((target) => target.startsWith('stale-wage'));
    expect(stale('2021-06-30T00:00:00Z')).toEqual([]);
    expect(stale('2021-07-01T00:00:00Z')).toEqual(['stale-wage cna', 'stale-wage lpn', 'stale-wage rn']);
  });
});
