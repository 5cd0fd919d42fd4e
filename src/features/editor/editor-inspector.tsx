import { useCallback, useMemo } from 'react';
import { setGroups, updateMapFields } from '../../domain/commands/map-fields';
import { editOccupations } from '../../domain/commands/bulk-occupations';
import { updateOccupation } from '../../domain/commands/occupations';
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
      const { change: apply } = useAppStore.getState();
      switch (change.target) {
        case 'map':
          return apply(map.id, (current) => updateMapFields(current, change.patch), change.field);
        case 'groups':
          return apply(map.id, (current) => setGroups(current, change.groups), change.field);
        case 'occupation':
          return apply(map.id, (current) => updateOccupation(current, change.id, change.patch), change.field);
        case 'transition':
          return apply(map.id, (current) => updateTransition(current, change.id, change.patch), change.field);
        case 'occupations':
          return apply(map.id, (current) => editOccupations(current, change.ids, change.edit), change.field);
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
  const [transitionId] = selection.transitionIds;
  if (transitionId !== undefined && map.transitions.some((t) => t.id === transitionId)) return { kind: 'transition', id: transitionId };
  return { kind: 'map' };
}
