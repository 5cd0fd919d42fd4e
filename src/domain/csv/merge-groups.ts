import { uniqueId } from '../ids';
import { withGroupColours } from './group-colours';
import type { Group } from '../schema/group';

const labelKey = (label: string) => label.trim().toLowerCase();

/**
 * Gives an imported group's id on the open map: the group with the same label (without case), or a
 * new group, added only when an occupation uses it. `groups` is the open map's list plus new ones.
 */
export function groupMerger(existing: readonly Group[], imported: readonly Group[]) {
  const groups = [...existing];
  const byLabel = new Map<string, string>();
  for (const group of existing) if (!byLabel.has(labelKey(group.label))) byLabel.set(labelKey(group.label), group.id);
  const ids = new Set(existing.map((group) => group.id));
  const labels = new Map(imported.map((group) => [group.id, group.label]));

  const idFor = (importedId: string): string => {
    const label = labels.get(importedId) ?? importedId;
    const found = byLabel.get(labelKey(label));
    if (found !== undefined) return found;
    const id = uniqueId(importedId, ids);
    ids.add(id);
    byLabel.set(labelKey(label), id);
    // A new lane gets a colour the open map's groups don't use.
    groups.push(withGroupColours([{ id, label }], groups)[0] ?? { id, label });
    return id;
  };
  return { groups, idFor };
}
