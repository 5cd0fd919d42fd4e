import { Group } from '../../../domain/schema/group';
import type { Group as GroupValue, PathwayMap } from '../../../domain/schema/map';
import type { Binding } from './binders';
import { DraftField } from './fields';
import { ListEditor } from './list-editor';

const LABELS = { label: 'Label', color: 'Colour' };

type Props = { map: PathwayMap; onGroups: (groups: GroupValue[], field: string) => void };

/** An id no group has yet: group-1, group-2, … */
export function freshGroupId(groups: readonly GroupValue[]): string {
  const taken = new Set(groups.map((group) => group.id));
  let n = groups.length + 1;
  while (taken.has(`group-${n}`)) n += 1;
  return `group-${n}`;
}

/** Why a group may not be removed: occupations still use it (removing it would leave them pointing nowhere). */
export function groupInUse(map: PathwayMap, group: GroupValue): string | undefined {
  const users = map.occupations.filter((occupation) => occupation.groupId === group.id).map((occupation) => occupation.title);
  if (users.length === 0) return undefined;
  const named = users.length > 3 ? `${users.slice(0, 3).join(', ')} and ${users.length - 3} more` : users.join(', ');
  const count = users.length === 1 ? '1 occupation' : `${users.length} occupations`;
  return `“${group.label}” can't be removed: ${count} use it (${named}). Move them to another group first.`;
}

/** #36c → #3366cc: the colour picker only takes the long form. */
const longHex = (color: unknown) =>
  typeof color === 'string' && /^#[0-9a-f]{3}$/i.test(color) ? `#${[...color.slice(1)].map((c) => c + c).join('')}` : color;

function ColourPicker({ binding, groupLabel }: { binding: Binding; groupLabel: unknown }) {
  const name = typeof groupLabel === 'string' && groupLabel.trim() !== '' ? groupLabel.trim() : 'this group';
  const value = longHex(binding.value);
  return (
    <input
      type="color"
      className="inspector-colour"
      aria-label={`Pick a colour for ${name}`}
      value={typeof value === 'string' ? value : '#000000'}
      onChange={(e) => binding.apply(e.target.value)}
    />
  );
}

/** The map's groups (lanes): label and colour, add and remove. */
export function GroupsList({ map, onGroups }: Props) {
  return (
    <ListEditor<GroupValue>
      noun="group"
      items={map.groups}
      schema={Group}
      shape={Group.shape}
      labels={LABELS}
      blank={() => ({ id: freshGroupId(map.groups) })}
      fieldKey="map:groups"
      keepEmpty
      refuseRemoval={(group) => groupInUse(map, group)}
      onItems={(groups, field) => onGroups(groups ?? [], field)}
      renderRow={({ field }) => (
        <>
          <DraftField {...field('label')} />
          <div className="inspector-colour-row">
            <DraftField {...field('color')} hint="Like #3366cc or #36c." />
            <ColourPicker binding={field('color')} groupLabel={field('label').value} />
          </div>
        </>
      )}
    />
  );
}
