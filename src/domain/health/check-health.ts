import type { PathwayMap } from '../schema/map';
import { healthContext, type HealthRule } from './context';
import { findDeadEnds } from './dead-ends';
import { findEmptyGroups } from './empty-groups';
import { findLaborWithoutArea } from './labor-area';
import type { Finding } from './finding';
import { findPayCuts } from './pay-cuts';
import { findUnreachable } from './reachability';
import { findMissingRequirements } from './requirements';
import { findDuplicateSocCodes, findMissingSocCodes } from './soc-codes';
import { findStaleLabor, findStaleWages } from './stale-figures';
import { findUnsourcedFigures } from './unsourced-figures';
import { findMissingWages } from './wages';
import { findUnmeetableRequirements } from './unmeetable-requirements';
import { findUnusedCredentials } from './unused-credentials';

/** The rules in report order: FINDING_SEVERITY's order (shape problems first, then missing facts). */
export const HEALTH_RULES: ReadonlyArray<HealthRule<Finding>> = [
  findUnreachable,
  findPayCuts,
  findDuplicateSocCodes,
  findUnmeetableRequirements,
  findDeadEnds,
  findMissingWages,
  findStaleWages,
  findStaleLabor,
  findMissingSocCodes,
  findLaborWithoutArea,
  findMissingRequirements,
  findEmptyGroups,
  findUnusedCredentials,
  findUnsourcedFigures,
];

/**
 * Every health rule over a map, each rule's findings in file order. `today` is passed in, never read
 * here, so the same map and day always give the same findings.
 */
export function checkHealth(map: PathwayMap, today: Date): Finding[] {
  const context = healthContext(map, today);
  return HEALTH_RULES.flatMap((rule) => rule(map, context));
}
