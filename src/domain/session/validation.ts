import type { PathwayMap } from '../schema/map';
import { dateLabel, timeOf } from './dates';
import { organizationsPresent, organizationSpelling } from './organizations';
import { appendFeedback, organizationKey } from './records';
import type { SessionResult } from './session-result';

export type Validation = { date: string; organizations: string[] };

/**
 * Records that these organizations validated the map now: one 'validated' feedback each, all with
 * the same moment, and the map's reviewedAt set to it.
 */
export function markValidated(map: PathwayMap, organizations: readonly string[], now: string): SessionResult {
  const names = new Map<string, string>();
  for (const name of organizations) {
    const key = organizationKey(name);
    if (key !== '' && !names.has(key)) names.set(key, organizationSpelling(map, name));
  }
  if (names.size === 0) return { ok: false, reason: 'Choose at least one organization that validates the map.' };
  const records = [...names.values()].map((organization) => ({
    organization,
    kind: 'validated' as const,
    createdAt: now,
    status: 'open' as const,
  }));
  return { ok: true, map: { ...appendFeedback(map, records), reviewedAt: now } };
}

/** The newest validation: its moment and the organizations recorded at that moment (undefined if none). */
export function latestValidation(map: PathwayMap): Validation | undefined {
  const validated = map.feedback.filter((item) => item.kind === 'validated');
  if (validated.length === 0) return undefined;
  const newest = validated.reduce((best, item) => (timeOf(item.createdAt) > timeOf(best.createdAt) ? item : best));
  const at = validated.filter((item) => item.createdAt === newest.createdAt);
  return { date: newest.createdAt, organizations: organizationsPresent({ ...map, feedback: at }) };
}

/** "Validated by 3 employers on 23 November 2026". */
export function validationLabel(validation: Validation): string {
  const count = validation.organizations.length;
  return `Validated by ${count} ${count === 1 ? 'employer' : 'employers'} on ${dateLabel(validation.date)}`;
}
