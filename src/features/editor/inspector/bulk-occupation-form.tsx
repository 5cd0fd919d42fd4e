import { sharedValues, type BulkEdit } from '../../../domain/commands/bulk-occupations';
import { plural } from '../../../domain/describe';
import type { PathwayMap } from '../../../domain/schema/map';
import { choicesOf, DESIGNATION_CHOICES, LEVEL_CHOICES } from './choices';
import { MixedCheckbox, MixedSelect } from './mixed-fields';

type Props = { map: PathwayMap; ids: readonly string[]; onEdit: (edit: BulkEdit) => void };

/** Group, level and flags of several occupations at once; each choice is set on all of them as one step. */
export function BulkOccupationForm({ map, ids, onEdit }: Props) {
  const shared = sharedValues(map, ids);
  return (
    <section aria-label="Edit the selected occupations" className="inspector-bulk">
      <p className="inspector-hint">A choice here is set on all {plural(ids.length, 'selected occupation')}; one Undo takes it back.</p>
      <MixedSelect label="Group" shared={shared.groupId} options={choicesOf(map.groups)} none="No group" onPick={(value) => onEdit({ field: 'groupId', value })} />
      <MixedSelect
        label="Level"
        shared={shared.level}
        options={LEVEL_CHOICES}
        none="Not set"
        onPick={(value) => onEdit({ field: 'level', value: LEVEL_CHOICES.find((choice) => choice.value === value) ? (value as BulkLevel) : undefined })}
      />
      <MixedSelect
        label="Designation"
        shared={shared.designation}
        options={DESIGNATION_CHOICES}
        none="None"
        onPick={(value) => onEdit({ field: 'designation', value: DESIGNATION_CHOICES.find((choice) => choice.value === value) ? (value as BulkDesignation) : undefined })}
      />
      <MixedCheckbox label="Bright Outlook" shared={shared.highGrowth} onToggle={(value) => onEdit({ field: 'highGrowth', value })} />
      <MixedCheckbox
        label="Registered apprenticeship"
        shared={shared.registeredApprenticeship}
        onToggle={(value) => onEdit({ field: 'registeredApprenticeship', value })}
      />
      <MixedCheckbox label="Pre-apprenticeship" shared={shared.preApprenticeship} onToggle={(value) => onEdit({ field: 'preApprenticeship', value })} />
    </section>
  );
}

type BulkLevel = Extract<BulkEdit, { field: 'level' }>['value'];
type BulkDesignation = Extract<BulkEdit, { field: 'designation' }>['value'];
