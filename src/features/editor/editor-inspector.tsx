import { useCallback, useMemo } from 'react';
import { setGroups, updateMapFields } from '../../domain/commands/map-fields';
import { editOccupations } from '../../domain/commands/bulk-occupations';
import { editHiringEvents } from '../../domain/commands/hiring-events';
import { editLevels } from '../../domain/commands/levels';
import { editReleases } from '../../domain/commands/releases';
import { editSources } from '../../domain/commands/sources';
import { updateOccupation } from '../../domain/commands/occupations';
import { updateStep } from '../../domain/commands/steps';
import { updateTransition } from '../../domain/commands/transitions';
import type { PathwayMap } from '../../domain/schema/map';
import { useAppStore } from '../../store/app-store';
import { selectionIn, type Selection } from '../../store/editor-slice';
import { Inspector, type InspectorChange, type InspectorSelection } from './inspector/inspector';
import { useEditorCommands } from './canvas/use-editor-commands';
import { useStoreMoveActions } from './inspector/move-actions';

/** Connects the inspector's forms to the store: every edit is one command, grouped by field for undo. */
export function EditorInspector({ map }: { map: PathwayMap }) {
  const selection = useAppStore((state) => selectionIn(state, map.id));
  const { deleteSelection } = useEditorCommands(map.id);
  const moveActions = useStoreMoveActions(map.id);
  const inspected = useMemo(() => inspectorSelection(selection, map), [selection, map]);

  const onChange = useCallback(
    (change: InspectorChange) => {
      const { apply } = useAppStore.getState();
      const burst = { capture: 'join', key: change.field } as const;
      switch (change.target) {
        case 'map':
          return apply(map.id, (draft) => updateMapFields(draft, change.patch), burst);
        case 'groups':
          return apply(map.id, (draft) => setGroups(draft, change.groups), burst);
        case 'levels':
          return apply(map.id, (draft) => editLevels(draft, change.edit), burst);
        case 'sources':
          return apply(map.id, (draft) => editSources(draft, change.edit), burst);
        case 'releases':
          return apply(map.id, (draft) => editReleases(draft, change.edit), burst);
        case 'hiringEvents':
          return apply(map.id, (draft) => editHiringEvents(draft, change.edit), burst);
        case 'occupation':
          return apply(map.id, (draft) => updateOccupation(draft, change.id, change.patch), burst);
        case 'step':
          return apply(map.id, (draft) => updateStep(draft, change.id, change.patch), burst);
        case 'transition':
          return apply(map.id, (draft) => updateTransition(draft, change.id, change.patch), burst);
        case 'occupations':
          return apply(map.id, (draft) => editOccupations(draft, change.ids, change.edit), burst);
      }
    },
    [map.id],
  );

  return <Inspector map={map} selection={inspected} onChange={onChange} onDelete={deleteSelection} moveActions={moveActions} />;
}

function inspectorSelection(selection: Selection, map: PathwayMap): InspectorSelection {
  const count = selection.occupationIds.length + selection.transitionIds.length;
  if (count > 1) return { kind: 'many', occupationIds: selection.occupationIds, transitionIds: selection.transitionIds };
  const [occupationId] = selection.occupationIds;
  if (occupationId !== undefined && map.occupations.some((o) => o.id === occupationId)) return { kind: 'occupation', id: occupationId };
  // A step card is selected like an occupation card (the canvas's selection holds any card).
  if (occupationId !== undefined && map.steps.some((s) => s.id === occupationId)) return { kind: 'step', id: occupationId };
  const [transitionId] = selection.transitionIds;
  if (transitionId !== undefined && map.transitions.some((t) => t.id === transitionId)) return { kind: 'transition', id: transitionId };
  return { kind: 'map' };
}
