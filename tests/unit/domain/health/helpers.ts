import { healthContext, type HealthContext } from '../../../../src/domain/health/context';
import type { Finding } from '../../../../src/domain/health/finding';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { buildMap } from '../../../support/build-map';

/** A day in 2026: with the default 18 months, figures from 2023 or earlier are stale, 2024 and later are not. */
export const TODAY = new Date('2026-06-15T12:00:00Z');

/** Runs one rule on a map built (and checked) by the real parser. */
export function run<F>(rule: (map: PathwayMap, context: HealthContext) => F[], fields: Record<string, unknown>, today = TODAY): F[] {
  const map = buildMap(fields);
  return rule(map, healthContext(map, today));
}

/** Findings as `code target` strings: short to read, and they say what each finding concerns. */
export function targets(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.code} ${finding.targetId}`);
}
