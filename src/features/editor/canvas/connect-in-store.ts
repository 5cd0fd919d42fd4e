import { connect } from '../../../domain/commands/transitions';
import { useAppStore } from '../../../store/app-store';

/**
 * Adds a move from one card to another as one undo step, or shows why it was refused (a card
 * leading to itself, a second move between the same cards). Dragging on the canvas and the
 * inspector's "Add move" both come through here, so both refuse the same things in the same words.
 * Returns the new move's id, or undefined when nothing was added.
 */
export function connectInStore(mapId: string, from: string, to: string): string | undefined {
  const { apply, showNotice } = useAppStore.getState();
  const result = apply(mapId, (draft) => connect(draft, from, to), { capture: 'step' });
  if (!result) return undefined;
  if (!result.ok) {
    showNotice({ tone: 'problem', text: `Not connected: ${result.reason}` });
    return undefined;
  }
  showNotice(undefined);
  return result.id;
}
