import { useEffect, useRef, useState } from 'react';
import { useReactFlow, useStore, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { TALLEST_CARD_SIZE } from '../../layout/card-geometry';
import { connectedCards, describeStep, followMove, isFollowKey, type Trail } from './follow-moves';
import { nextFrame, prefersReducedMotion, viewSettled } from './motion';
import { useStartMotion } from './use-map-rest';

const GLIDE_MS = 300;
/** How many frames to wait for a card that was off screen on a large map (drawn only when in view) to be drawn. */
const DRAW_FRAMES = 10;

/**
 * The keyboard hint of a card on a read-only canvas (React Flow's description of every card), in
 * place of React Flow's own, which speaks of moving cards around. React Flow shows the "keyboardDisabled"
 * text when the keyboard is enabled, so both are set.
 */
export function followMovesHint(enterDoes: string): { 'node.a11yDescription.default': string; 'node.a11yDescription.keyboardDisabled': string } {
  const hint = `${enterDoes} Arrow keys follow its moves: Right to a card it leads to, Left to a card that leads to it, Up and Down to the others reached the same way.`;
  return { 'node.a11yDescription.default': hint, 'node.a11yDescription.keyboardDisabled': hint };
}

const flowElement = (state: ReactFlowState) => state.domNode;

const sizeOf = (node: InternalNode) => ({
  width: node.measured.width ?? TALLEST_CARD_SIZE.width,
  height: node.measured.height ?? TALLEST_CARD_SIZE.height,
});

/** A card as a screen reader names it (a step card says its kind: "Credential: NCLEX-PN (license)"). */
const nameOf = (node: InternalNode | undefined, id: string): string => {
  const data = node?.data as { title?: unknown; nameBefore?: unknown; nameAfter?: unknown } | undefined;
  if (typeof data?.title !== 'string') return id;
  const around = (words: unknown) => (typeof words === 'string' ? words : '');
  return `${around(data.nameBefore)}${data.title}${around(data.nameAfter)}`;
};
/**
 * On a read-only canvas, the arrow keys on a focused card move focus along the map's moves
 * (follow-moves.ts) and a polite live region says where focus went ("Licensed Practical Nurse (LPN) —
 * 1 of 2 moves from Nursing Assistant (CNA)"). A card off screen is brought into view. Only plain
 * arrows: the editor keeps React Flow's arrow keys for nudging cards, so it does not render this.
 * Rendered inside React Flow; only the canvas's own moves (edges of type 'transition') are followed.
 */
export function FollowMovesByKeyboard() {
  const element = useStore(flowElement);
  const flowStore = useStoreApi();
  const { setCenter } = useReactFlow();
  const start = useStartMotion();
  const trail = useRef<Trail | undefined>(undefined);
  // Each message is a new element, so the same words said twice (Right twice at a dead end) are said again.
  const [said, setSaid] = useState({ text: '', count: 0 });

  useEffect(() => {
    if (!element) return;
    const cardElement = (id: string): HTMLElement | null =>
      element.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

    const inView = (id: string): boolean => {
      const { nodeLookup, transform, width, height } = flowStore.getState();
      const node = nodeLookup.get(id);
      if (!node) return false;
      if (width === 0 || height === 0) return true; // not laid out on a page (nothing to scroll)
      const { x, y } = node.internals.positionAbsolute;
      const [tx, ty, zoom] = transform;
      const { width: w, height: h } = sizeOf(node);
      const left = x * zoom + tx;
      const top = y * zoom + ty;
      return left >= 0 && top >= 0 && left + w * zoom <= width && top + h * zoom <= height;
    };

    /** Centres the canvas on a card at the same zoom; resolves when the view is there. */
    const centre = (id: string, duration: number): Promise<void> => {
      const node = flowStore.getState().nodeLookup.get(id);
      if (!node) return Promise.resolve();
      const motion = start('centre');
      const { x, y } = node.internals.positionAbsolute;
      const { width, height } = sizeOf(node);
      const centred = setCenter(x + width / 2, y + height / 2, { zoom: flowStore.getState().transform[2], duration });
      return viewSettled(centred, duration, motion.signal).then(motion.end);
    };

    // Focus first: React Flow brings a card focused from the keyboard into view itself (at once); a
    // card still out of view after that glides in. A large map draws only the cards in view, so a card
    // not drawn is centred first, then focused once drawn.
    const focusCard = async (id: string): Promise<void> => {
      const drawn = cardElement(id);
      if (drawn) {
        drawn.focus({ preventScroll: true });
        if (!inView(id)) await centre(id, prefersReducedMotion() ? 0 : GLIDE_MS);
        return;
      }
      await centre(id, 0);
      const waiting = new AbortController();
      for (let frame = 0; frame < DRAW_FRAMES && !cardElement(id); frame += 1) await nextFrame(waiting.signal);
      cardElement(id)?.focus({ preventScroll: true });
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const key = event.key;
      if (!isFollowKey(key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const card = event.target instanceof HTMLElement && event.target.classList.contains('react-flow__node') ? event.target : null;
      const focused = card?.dataset.id;
      if (!card || focused === undefined) return;
      event.preventDefault(); // the page must not scroll
      const { edges, nodeLookup } = flowStore.getState();
      const moves = edges.filter((edge) => edge.type === 'transition').map((edge) => ({ from: edge.source, to: edge.target }));
      const places = new Map([...nodeLookup].map(([id, node]) => [id, node.internals.positionAbsolute]));
      const step = followMove(connectedCards(moves, places), focused, key, trail.current);
      const text = describeStep(step, focused, (id) => nameOf(nodeLookup.get(id), id));
      setSaid((before) => ({ text, count: before.count + 1 }));
      if (step.kind !== 'card') return;
      trail.current = { at: step.id, origin: step.origin, way: step.way };
      void focusCard(step.id);
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [element, flowStore, setCenter, start]);

  return (
    <div className="canvas-visually-hidden" role="status" aria-live="polite">
      <span key={said.count}>{said.text}</span>
    </div>
  );
}
