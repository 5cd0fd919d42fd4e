import { type Action, actionsOf, type KeyNote } from '../../components/actions/action';
import { REMARK_KINDS, REMARK_LABELS } from '../../domain/session/remarks';
import { type AppState, selectCanRedo, selectCanUndo } from '../../store/app-store';
import { toggleFullScreen } from './full-screen';
import { ADD_ORGANIZATION_ID } from './organizations-panel';
import { sessionRedo, sessionUndo } from './session-change';
import { organizationIndex, REMARK_KEYS } from './session-shortcuts';
import { type SessionState, WHOLE_MAP } from './session-store';
import { voteForTarget } from './session-votes';

/** What the session's actions act on: the map, who is present, both stores as they are now, the page. */
export type SessionContext = {
  mapId: string;
  organizations: readonly string[];
  session: SessionState;
  app: AppState;
  page: HTMLElement | null;
  help: HTMLDetailsElement | null;
};

type SessionAction = Action<SessionContext>;

/** One key per remark kind the model offers: press it, type, Enter. */
const REMARK_KIND_ACTIONS: readonly SessionAction[] = REMARK_KINDS.flatMap((kind) => {
  const key = REMARK_KEYS[kind];
  const label = `Start a remark: ${REMARK_LABELS[kind]}`;
  return key === undefined
    ? []
    : [{ id: `remark:${kind}`, label, description: label, keys: [key], run: ({ session }: SessionContext) => startRemark(session, kind) }];
});

function startRemark(session: SessionState, kind: string): void {
  session.setTool('remarks');
  session.setRemarkKind(kind, { focus: true });
}

/**
 * The session's keys in the order its help lists them: its actions (buttons and keys run them) and,
 * among them, the keys others handle. Adding an action is adding it here.
 */
export const SESSION_HELP: readonly (SessionAction | KeyNote)[] = [
  {
    id: 'choose-target',
    keysShown: 'Click a card or arrow (or Tab to it, then Enter)',
    description: 'Choose what the next vote, remark or suggestion is about',
  },
  {
    id: 'follow-moves',
    keysShown: 'Arrow keys on a card',
    description: 'Follow its moves: Right to a card it leads to, Left to one that leads to it, Up and Down to the others',
  },
  {
    id: 'whole-map',
    label: 'Whole map',
    description: 'Remarks about the whole map (or leave a text field)',
    keys: ['Escape'],
    run: ({ session }) => session.setTarget(WHOLE_MAP),
  },
  {
    id: 'speaking',
    label: 'Choose the organization speaking',
    description: 'Choose the organization speaking (the first ten on the list)',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    keysShown: '1 … 9, 0',
    run: ({ session, organizations }, press) => {
      const organization = press && organizations[organizationIndex(press.key)];
      if (!organization) return;
      session.setSpeaking(organization);
      session.say('info', `${organization} is speaking.`);
    },
  },
  {
    id: 'add-organization',
    label: 'Add organization',
    description: 'Add an organization',
    keys: ['A'],
    run: () => document.getElementById(ADD_ORGANIZATION_ID)?.focus(),
  },
  {
    id: 'vote',
    label: 'Vote critical',
    description: 'Vote the selected occupation critical for the organization speaking',
    keys: ['V'],
    run: ({ mapId }) => voteForTarget(mapId),
  },
  { id: 'save-remark', keysShown: 'Enter', description: 'Save the remark being typed' },
  // Not disabled at the last step: the key, like the button's step, opens that step's tool again.
  { id: 'next-step', label: 'Next step', description: 'Next agenda step', keys: [']', 'PageDown'], run: ({ session }) => session.goToStep(session.step + 1) },
  {
    id: 'previous-step',
    label: 'Previous step',
    description: 'Previous agenda step',
    keys: ['[', 'PageUp'],
    run: ({ session }) => session.goToStep(session.step - 1),
  },
  { id: 'full-screen', label: 'Full screen', description: 'Full screen on or off', keys: ['F'], run: ({ page }) => void toggleFullScreen(page) },
  { id: 'undo', label: 'Undo', description: 'Undo', keys: ['Control+Z'], enabled: (c) => selectCanUndo(c.mapId)(c.app), run: (c) => sessionUndo(c.mapId) },
  {
    id: 'redo',
    label: 'Redo',
    description: 'Redo',
    keys: ['Control+Shift+Z', 'Control+Y'],
    enabled: (c) => selectCanRedo(c.mapId)(c.app),
    run: (c) => sessionRedo(c.mapId),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    description: 'Show these shortcuts',
    keys: ['?'],
    run: ({ help }) => {
      if (!help) return;
      help.open = true;
      help.scrollIntoView({ block: 'nearest' });
    },
  },
  ...REMARK_KIND_ACTIONS,
];

/** The actions alone: what keys and buttons run. */
export const SESSION_ACTIONS: readonly SessionAction[] = actionsOf(SESSION_HELP);
