import type { Occupation } from '../schema/occupation';
import { sameValue } from './same-value';
import { LABOR_BLOCK, replaceFigures, WAGE_BLOCK } from '../figures/replace-figure';

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The new list, but an item equal by `key` to one already there stays as it was (its issuer, url…). */
function keepDetails(old: unknown, incoming: unknown[], key: (item: Fields) => unknown): unknown[] {
  const before = Array.isArray(old) ? old.filter(isRecord) : [];
  return incoming.map((item) => (isRecord(item) ? (before.find((was) => sameValue(key(was), key(item))) ?? item) : item));
}

function mergeField(key: string, old: unknown, value: unknown): unknown {
  if (!isRecord(old)) {
    if (Array.isArray(value) && key === 'credentials') return keepDetails(old, value, (item) => [item.kind, item.name]);
    if (Array.isArray(value) && key === 'links') return keepDetails(old, value, (item) => [item.label, item.url]);
    return value;
  }
  if (!isRecord(value)) return value;
  // A new figure brings its own statistic, area, period and source, or none (replace-figure.ts).
  if (key === 'wage') return replaceFigures(WAGE_BLOCK, old, value);
  if (key === 'labor') return replaceFigures(LABOR_BLOCK, old, value);
  return { ...old, ...value };
}

/**
 * An occupation updated from a sheet, field by field: only fields the row gives change, so a blank
 * cell never erases anything. Wage, labor and apprenticeship figures update one by one (a changed
 * wage or labor figure drops the old one's statistic, area, period and source); lists
 * (credentials, skills, links) are replaced, keeping the details of items that were already there.
 */
export function mergeOccupation(existing: Occupation, incoming: Occupation, groupId: string | undefined): Occupation {
  const { id, groupId: incomingGroup, ...fields } = incoming;
  const merged: Fields = { ...existing };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) merged[key] = mergeField(key, existing[key], value);
  if (groupId !== undefined) merged.groupId = groupId;
  return merged as Occupation;
}
