import { useEffect } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';

const flowElement = (state: ReactFlowState) => state.domNode;

const isCard = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && target.classList.contains('react-flow__node');

/**
 * Escape on a card clears the selection and leaves keyboard focus on that card. React Flow's own
 * Escape blurs the card it unselects (focus fell to the top of the page) and selects a card that was
 * not selected, so the key is taken before React Flow sees it: in the capture phase on React Flow's
 * element, and stopped there (React hands a card its keydown from the root, on the way back up).
 * Rendered inside React Flow.
 */
export function EscapeClearsSelection({ onClear }: { onClear: () => void }) {
  const element = useStore(flowElement);
  useEffect(() => {
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !isCard(event.target)) return;
      event.stopPropagation();
      onClear();
    };
    element.addEventListener('keydown', onKeyDown, { capture: true });
    return () => element.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [element, onClear]);
  return null;
}
