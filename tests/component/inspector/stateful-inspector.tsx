import { useState } from 'react';
import { applyCommand } from '../../../src/domain/commands/apply-command';
import { editOccupations } from '../../../src/domain/commands/bulk-occupations';
import { editHiringEvents } from '../../../src/domain/commands/hiring-events';
import { editLevels } from '../../../src/domain/commands/levels';
import { editReleases } from '../../../src/domain/commands/releases';
import { editSources } from '../../../src/domain/commands/sources';
import { updateStep } from '../../../src/domain/commands/steps';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { Inspector, type InspectorChange, type InspectorSelection } from '../../../src/features/editor/inspector/inspector';

/** Applies a change the way the store does: top-level fields of the target replaced wholesale. */
export function applyChange(map: PathwayMap, change: InspectorChange): PathwayMap {
  switch (change.target) {
    case 'map':
      return { ...map, ...change.patch };
    case 'groups':
      return { ...map, groups: change.groups };
    case 'levels':
      return applyCommand(map, (draft) => editLevels(draft, change.edit)).map;
    case 'sources':
      return applyCommand(map, (draft) => editSources(draft, change.edit)).map;
    case 'releases':
      return applyCommand(map, (draft) => editReleases(draft, change.edit)).map;
    case 'hiringEvents':
      return applyCommand(map, (draft) => editHiringEvents(draft, change.edit)).map;
    case 'occupation':
      return { ...map, occupations: map.occupations.map((o) => (o.id === change.id ? { ...o, ...change.patch } : o)) };
    case 'step':
      return applyCommand(map, (draft) => updateStep(draft, change.id, change.patch)).map;
    case 'transition':
      return { ...map, transitions: map.transitions.map((t) => (t.id === change.id ? { ...t, ...change.patch } : t)) };
    case 'occupations':
      return applyCommand(map, (draft) => editOccupations(draft, change.ids, change.edit)).map;
  }
}

type Props = {
  initial: PathwayMap;
  selection: InspectorSelection;
  onChange?: (change: InspectorChange) => void;
  onMap?: (map: PathwayMap) => void;
};

/** The inspector under a parent that re-renders it with the new map after every change, as the editor does. */
export function StatefulInspector({ initial, selection, onChange, onMap }: Props) {
  const [map, setMap] = useState(initial);
  const change = (next: InspectorChange) => {
    onChange?.(next);
    const updated = applyChange(map, next);
    onMap?.(updated);
    setMap(updated);
  };
  return <Inspector map={map} selection={selection} onChange={change} />;
}
