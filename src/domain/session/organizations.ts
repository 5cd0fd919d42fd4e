import type { PathwayMap } from '../schema/map';
import { nameOf } from '../health/wording';
import { appendFeedback, organizationKey } from './records';
import type { SessionResult } from './session-result';

/**
 * The organizations heard from or recorded as present, first seen first. "Baystate" and
 * " baystate " are one organization, shown as first written.
 */
export function organizationsPresent(map: PathwayMap): string[] {
  const seen = new Map<string, string>();
  for (const item of map.feedback) {
    const name = item.organization.trim();
    const key = organizationKey(name);
    if (key !== '' && !seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}

/** The spelling the map already uses for this organization, or the name trimmed when it is new. */
export function organizationSpelling(map: PathwayMap, name: string): string {
  const key = organizationKey(name);
  return organizationsPresent(map).find((present) => organizationKey(present) === key) ?? name.trim();
}

/** Records an organization as present at the session, so it is listed before it says anything. */
export function addOrganization(map: PathwayMap, name: string, now: string): SessionResult {
  const organization = name.trim();
  if (organization === '') return { ok: false, reason: 'Type the name of the organization.' };
  const key = organizationKey(organization);
  const present = organizationsPresent(map).find((other) => organizationKey(other) === key);
  if (present !== undefined) return { ok: false, reason: `“${nameOf(present)}” is already on the list of organizations.` };
  return { ok: true, map: appendFeedback(map, [{ organization, kind: 'attendance', createdAt: now, status: 'open' }]) };
}
