import type { Action } from '../../components/actions/action';

/** What the viewer's keys act on. */
export type ViewerContext = { clearSelection: () => void };

/**
 * The viewer's actions: only keys on a card, since it reads and never edits (its buttons and links
 * name themselves). No help list yet: Escape is the one key of its own.
 */
export const VIEWER_ACTIONS: readonly Action<ViewerContext>[] = [
  { id: 'clearSelection', label: 'Select nothing', description: 'Select nothing (focus stays on the card)', keys: ['Escape'], run: (c) => c.clearSelection() },
];
