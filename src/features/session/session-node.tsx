import { memo, type ComponentType } from 'react';
import type { NodeProps } from '@xyflow/react';
import { OccupationNode } from '../canvas/occupation-node';
import { StepNode } from '../canvas/step-node';
import { CardDescriptionPart } from '../canvas/card-description-part';
import type { CardFlowNode } from '../canvas/to-flow-elements';
import type { SessionFlowNode } from './session-elements';

/**
 * The shared occupation card with what the room has said about it: its critical-vote tally and a
 * marker while a suggested change to it waits for the builder. The badges are text, read as part of
 * the card's description (card-description.ts).
 */
function SessionCard({ Card, ...props }: NodeProps<SessionFlowNode> & { Card: ComponentType<NodeProps<CardFlowNode>> }) {
  const { votes, voters, pendingSuggestions } = props.data;
  // The card reads only the fields it knows; the session's extra fields ride along unused.
  const cardProps = props as unknown as NodeProps<CardFlowNode>;
  return (
    <div className="session-card">
      <Card {...cardProps} />
      {(votes > 0 || pendingSuggestions > 0) && (
        <CardDescriptionPart part="room" className="session-card__badges">
          {votes > 0 && (
            <span className="session-card__votes" title={voters}>
              {votes === 1 ? '1 critical vote' : `${votes} critical votes`}
            </span>
          )}
          {votes > 0 && pendingSuggestions > 0 && <span className="canvas-visually-hidden">, </span>}
          {pendingSuggestions > 0 && <span className="session-card__pending">Change pending</span>}
        </CardDescriptionPart>
      )}
    </div>
  );
}

const OccupationCard = OccupationNode as unknown as ComponentType<NodeProps<CardFlowNode>>;
const StepCard = StepNode as unknown as ComponentType<NodeProps<CardFlowNode>>;

export const SessionOccupationNode = memo(function SessionOccupationCard(props: NodeProps<SessionFlowNode>) {
  return <SessionCard {...props} Card={OccupationCard} />;
});

/** A step card in a session, with the same tally and pending marker. */
export const SessionStepNode = memo(function SessionStepCard(props: NodeProps<SessionFlowNode>) {
  return <SessionCard {...props} Card={StepCard} />;
});
