import { useCallback } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useActionKeys } from '../../components/actions/use-action-keys';
import { VIEWER_ACTIONS } from './viewer-actions';

const flowElement = (state: ReactFlowState) => state.domNode;

const onCard = (event: KeyboardEvent): boolean => event.target instanceof HTMLElement && event.target.classList.contains('react-flow__node');

/**
 * The viewer's keys on a card: Escape clears the selection and leaves keyboard focus on that card.
 * React Flow's own Escape blurs the card it unselects (focus fell to the top of the page) and selects
 * a card that was not selected, so the key is taken before React Flow sees it: in the capture phase
 * on React Flow's element, and stopped there (React hands a card its keydown from the root, on the
 * way back up). Rendered inside React Flow.
 */
export function EscapeClearsSelection({ onClear }: { onClear: () => void }) {
  const element = useStore(flowElement);
  const context = useCallback(() => ({ clearSelection: onClear }), [onClear]);
  useActionKeys(VIEWER_ACTIONS, context, { element, heard: onCard });
  return null;
}
