import type { ReactNode } from 'react';
import { useNodeId, useStore, type ReactFlowState } from '@xyflow/react';
import { cardPartId, type CardPart } from './card-description';

const flowIdOf = (state: ReactFlowState) => state.rfId;

/** The id of a part of the card being rendered (card-description.ts). Call inside a card. */
export function useCardPartId(part: CardPart): string {
  const nodeId = useNodeId() ?? '';
  const flowId = useStore(flowIdOf);
  return cardPartId(flowId, nodeId, part);
}

/** A part of a card that is read as its description, not its name (see card-description.ts). Rendered inside a card. */
export function CardDescriptionPart({ part, className, children }: { part: CardPart; className?: string; children: ReactNode }) {
  return (
    <div aria-hidden="true" id={useCardPartId(part)} className={className}>
      {children}
    </div>
  );
}
