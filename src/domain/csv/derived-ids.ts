import type { Group } from '../schema/group';
import { moveIdBase, slugify, uniqueId } from '../ids';
import type { Item } from './read-sheet';

// Sheets may leave ids out and name groups by label; the map needs ids for both. Made the same way
// every time (from titles, labels and ends), so importing the same sheets twice gives the same map.

const groupKey = (label: string) => label.trim().toLowerCase();

/**
 * Turns the group labels in `groupId` into groups (one per distinct label, compared without case;
 * the first spelling is kept) and returns them; the items get the groups' ids.
 */
export function groupsFromLabels(items: Item[]): Group[] {
  const groups: Group[] = [];
  const byLabel = new Map<string, Group>();
  const ids = new Set<string>();
  for (const item of items) {
    if (typeof item.groupId !== 'string') continue;
    const key = groupKey(item.groupId);
    let group = byLabel.get(key);
    if (!group) {
      group = { id: uniqueId(slugify(item.groupId) || 'group', ids), label: item.groupId };
      ids.add(group.id);
      byLabel.set(key, group);
      groups.push(group);
    }
    item.groupId = group.id;
  }
  return groups;
}

/** Ids already written in a sheet (ids are unique across occupations and transitions). */
export function writtenIds(...lists: ReadonlyArray<readonly Item[]>): Set<string> {
  const ids = new Set<string>();
  for (const items of lists) for (const item of items) if (typeof item.id === 'string') ids.add(item.id);
  return ids;
}

/** Gives each item without an id one made by `base`, unused by any other. */
export function fillIds(items: Item[], used: Set<string>, base: (item: Item) => string): void {
  for (const item of items) {
    if (item.id !== undefined) continue;
    item.id = uniqueId(base(item), used);
    used.add(item.id as string);
  }
}

export const occupationIdBase = (item: Item) => slugify(item.title) || 'occupation';

export const transitionIdBase = (item: Item) =>
  typeof item.from === 'string' && typeof item.to === 'string' ? moveIdBase(item.from, item.to) : 'transition';
