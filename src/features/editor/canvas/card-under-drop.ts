import type { HandleType } from '@xyflow/react';

export type DropConnection = { from: string; to: string };

/** The part of React Flow's FinalConnectionState this needs. */
export type EndedConnection = {
  isValid: boolean | null;
  fromNode: { id: string } | null;
  fromHandle: { type: HandleType } | null;
};

/**
 * React Flow only connects when a drag ends on (or within a few pixels of) a handle, a 6 px dot on
 * a card 240 px wide (CARD_WIDTH). When a drag from a handle ends anywhere else on another card, this names the move
 * the user meant: from the card dragged from to the card dropped on (or the other way round when
 * the drag started at a card's incoming, left-hand dot). Undefined when React Flow connects by
 * itself, or the drop was on the background or back on the starting card.
 */
export function cardUnderDrop(
  event: MouseEvent | TouchEvent,
  state: EndedConnection,
  canvas: Element | null,
): DropConnection | undefined {
  if (state.isValid === true || !state.fromNode || !state.fromHandle || !canvas) return undefined;
  const point = pointerOf(event);
  if (!point) return undefined;
  const card = document
    .elementsFromPoint(point.x, point.y)
    .map((element) => element.closest<HTMLElement>('.react-flow__node'))
    .find((element) => element !== null && canvas.contains(element));
  const dropped = card?.dataset.id;
  const started = state.fromNode.id;
  if (dropped === undefined || dropped === started) return undefined;
  return state.fromHandle.type === 'target' ? { from: dropped, to: started } : { from: started, to: dropped };
}

function pointerOf(event: MouseEvent | TouchEvent): { x: number; y: number } | undefined {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : undefined;
  }
  return { x: event.clientX, y: event.clientY };
}
