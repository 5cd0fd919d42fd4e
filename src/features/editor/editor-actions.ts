import { type Action, type HelpEntry, type KeyNote } from '../../components/actions/action';
import { canReadClipboard } from '../../io/system-clipboard';
import { type AppState, selectCanRedo, selectCanUndo } from '../../store/app-store';
import { selectionIn } from '../../store/editor-slice';
import { pasteAnywhere } from '../../store/paste-anywhere';

/** What the editor's actions act on: the map, the store as it is now, and the editor's own commands. */
export type EditorContext = {
  mapId: string;
  state: AppState;
  add: () => void;
  /** Adds a step card of the kind chosen beside the "Add step" button (add-step-controls.tsx). */
  addStep: () => void;
  delete: () => void;
  help: () => void;
  layout: () => void;
};

type EditorAction = Action<EditorContext>;

const selection = (context: EditorContext) => selectionIn(context.state, context.mapId);
const hasOccupationsSelected = (context: EditorContext) => selection(context).occupationIds.length > 0;

/** The editor's actions, in the order the help dialog lists them: toolbar, keys and help all read this list. */
export const EDITOR_ACTIONS: readonly EditorAction[] = [
  { id: 'add', label: 'Add occupation', description: 'Add an occupation in the middle of the view', keys: ['N'], exactShift: true, run: (c) => c.add() },
  {
    id: 'addStep',
    label: 'Add step',
    description: 'Add a step (credential, program, experience or milestone, as chosen beside the button) in the middle of the view',
    keys: ['S'],
    exactShift: true,
    run: (c) => c.addStep(),
  },
  {
    id: 'delete',
    label: 'Delete',
    description: 'Delete the selected occupations and moves',
    // Ours, not React Flow's deleteKeyCode: React Flow deletes from an effect on a "key is down" state,
    // and a quick press (down and up before React rendered) was lost now and then.
    keys: ['Delete', 'Backspace'],
    exactShift: true,
    enabled: (c) => selection(c).occupationIds.length + selection(c).transitionIds.length > 0,
    run: (c) => c.delete(),
  },
  { id: 'layout', label: 'Auto layout', description: 'Auto layout (with the options beside the button)', keys: ['L'], exactShift: true, run: (c) => c.layout() },
  { id: 'undo', label: 'Undo', description: 'Undo', keys: ['Control+Z'], enabled: (c) => selectCanUndo(c.mapId)(c.state), run: (c) => c.state.undo(c.mapId) },
  {
    id: 'redo',
    label: 'Redo',
    description: 'Redo',
    keys: ['Control+Shift+Z', 'Control+Y'],
    enabled: (c) => selectCanRedo(c.mapId)(c.state),
    run: (c) => c.state.redo(c.mapId),
  },
  { id: 'copy', label: 'Copy', description: 'Copy the selected occupations', keys: ['Control+C'], enabled: hasOccupationsSelected, run: (c) => c.state.copySelection(c.mapId) },
  {
    id: 'paste',
    label: 'Paste',
    description: 'Paste occupations (into this or another map)',
    keys: ['Control+V'],
    // The system clipboard may hold cards copied in another tab: Paste is offered whenever it can be read.
    enabled: (c) => (c.state.clipboard?.occupations.length ?? 0) > 0 || canReadClipboard(),
    run: (c) => void pasteAnywhere(c.mapId),
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    description: 'Duplicate the selected occupations',
    keys: ['Control+D'],
    enabled: hasOccupationsSelected,
    run: (c) => c.state.duplicateSelection(c.mapId),
  },
  {
    id: 'selectAll',
    label: 'Select all',
    description: 'Select every card',
    keys: ['Control+A'],
    run: (c) => {
      const map = c.state.entries[c.mapId]?.map;
      // Step cards are selected with the occupations: the selection holds any card.
      c.state.select(c.mapId, { occupationIds: map ? [...map.occupations, ...map.steps].map((card) => card.id) : [], transitionIds: [] });
    },
  },
  {
    id: 'clearSelection',
    label: 'Select nothing',
    description: 'Select nothing (inspect the map itself)',
    keys: ['Escape'],
    run: (c) => c.state.select(c.mapId, { occupationIds: [], transitionIds: [] }),
  },
  { id: 'help', label: 'Keyboard shortcuts', description: 'Show these shortcuts', keys: ['?'], run: (c) => c.help() },
];

/** Keys React Flow and the inspector handle themselves, listed in the help dialog too. */
const CANVAS_KEYS: readonly KeyNote[] = [
  { id: 'focus-card', keysShown: 'Tab, then Enter', description: 'Focus a card, then select it' },
  { id: 'move-cards', keysShown: 'Arrow keys', description: 'Move the selected cards' },
  { id: 'select-several', keysShown: 'Shift+drag, Shift+click', description: 'Select several cards' },
  { id: 'add-there', keysShown: 'Double-click the background', description: 'Add an occupation there' },
  { id: 'connect-drag', keysShown: 'Drag from a card’s right-hand dot onto another card', description: 'Connect them with a move' },
  { id: 'connect-keyboard', keysShown: 'Inspector: “Add a move to”, then “Add move”', description: 'Connect the selected card to another, from the keyboard' },
];

/** The help dialog's list: the editor's actions, then the keys others handle. */
export const EDITOR_HELP: readonly HelpEntry[] = [...EDITOR_ACTIONS, ...CANVAS_KEYS];
