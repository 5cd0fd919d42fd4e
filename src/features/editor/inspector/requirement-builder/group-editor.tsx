import { addRequirement, moveRequirement, removeRequirement, setGroupNeed, type TreePath } from '../../../../domain/requirements/edit';
import { isGroup, type RequirementGroup } from '../../../../domain/schema/requirement';
import { DraftField, SelectField } from '../fields';
import type { BuilderApi } from './builder-api';
import { ItemEditor } from './item-editor';
import { focusKey, groupName, placeKey, placeName, placeNumber } from './names';

const NEED_CHOICES = [
  { value: 'all', label: 'All of' },
  { value: 'any', label: 'Any N of' },
];

// Structural edits (add, remove, move) are each their own undo step: a key used once.
let structuralEdits = 0;
const once = (what: string) => `${what}#${(structuralEdits += 1)}`;

type Props = { group: RequirementGroup; path: TreePath; api: BuilderApi };

/** A group: "all of" or "any N of", its requirements in order, and buttons to add more. Nested groups draw themselves. */
export function GroupEditor({ group, path, api }: Props) {
  const name = groupName(path, api.rootLabel);
  const where = path.length === 0 ? '' : ` inside ${placeName(path)}`;
  const key = placeKey(path);
  const needCount = (value: unknown) => {
    // Emptied while typing a new number: nothing is sent, and leaving the field shows the stored one again.
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return `${name}: how many needed must be a whole number, 1 or more`;
    const count = value;
    if (count !== (group.type === 'any' ? (group.count ?? 1) : undefined)) {
      api.edit((draft) => setGroupNeed(draft, path, { type: 'any', count }), `${key}.count`);
    }
    return undefined;
  };
  const add = (node: Parameters<typeof addRequirement>[2]) =>
    api.edit((draft) => addRequirement(draft, path, node), once(`${key}.add`), focusKey('type', [...path, group.of.length]));
  const move = (at: number, by: -1 | 1) => {
    const target = at + by;
    // Keep the focus on the same button of the moved requirement, or on its other one at either end (disabled there).
    const button = by === -1 ? (target > 0 ? 'up' : 'down') : target < group.of.length - 1 ? 'down' : 'up';
    api.edit((draft) => moveRequirement(draft, [...path, at], by), once(`${key}.move`), focusKey(button, [...path, target]));
  };
  const remove = (at: number) => api.edit((draft) => removeRequirement(draft, [...path, at]), once(`${key}.remove`), focusKey('add', path));

  return (
    <div className="requirement-group">
      <div className="inspector-columns">
        <SelectField
          label={`${name}: all or any`}
          value={group.type}
          options={NEED_CHOICES}
          apply={(value) => {
            if (value === 'all' && group.type !== 'all') api.edit((draft) => setGroupNeed(draft, path, { type: 'all' }), `${key}.type`);
            if (value === 'any' && group.type !== 'any') api.edit((draft) => setGroupNeed(draft, path, { type: 'any', count: 1 }), `${key}.type`);
            return undefined;
          }}
        />
        {group.type === 'any' && <DraftField kind="number" label={`${name}: how many needed`} value={group.count ?? 1} apply={needCount} />}
      </div>
      {group.of.length > 0 && (
        <ol className="requirement-group__list">
          {group.of.map((child, index) => {
            const place = [...path, index];
            const itemName = placeName(place);
            return (
              // Requirements have no ids; index keys are safe because each field resets its draft when its value changes.
              <li key={index}>
                <fieldset className="inspector-row" data-focus={focusKey('type', place)}>
                  <legend>{isGroup(child) ? `Requirement ${placeNumber(place)} (a group)` : `Requirement ${placeNumber(place)}`}</legend>
                  {isGroup(child) ? <GroupEditor group={child} path={place} api={api} /> : <ItemEditor item={child} path={place} api={api} />}
                  <div className="requirement-group__row-buttons">
                    <button type="button" data-focus={focusKey('up', place)} disabled={index === 0} onClick={() => move(index, -1)}>
                      Move {itemName} up
                    </button>
                    <button type="button" data-focus={focusKey('down', place)} disabled={index === group.of.length - 1} onClick={() => move(index, 1)}>
                      Move {itemName} down
                    </button>
                    <button type="button" onClick={() => remove(index)}>
                      Remove {itemName}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="requirement-group__add">
        <button type="button" data-focus={focusKey('add', path)} onClick={() => add({ type: 'credential' })}>
          Add requirement{where}
        </button>
        <button type="button" onClick={() => add({ type: 'any', of: [] })}>
          Add group{where}
        </button>
      </div>
    </div>
  );
}
