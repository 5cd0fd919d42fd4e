import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { OccupationNode } from '../canvas/occupation-node';
import type { OccupationFlowNode } from '../canvas/to-flow-elements';
import type { SessionFlowNode } from './session-elements';

/**
 * The shared occupation card with what the room has said about it: its critical-vote tally and a
 * marker while a suggested change to it waits for the builder. The badges are text, so a screen
 * reader reads them with the card.
 */
function SessionCard(props: NodeProps<SessionFlowNode>) {
  const { votes, voters, pendingSuggestions } = props.data;
  // The card reads only the fields it knows; the session's extra fields ride along unused.
  const cardProps = props as unknown as NodeProps<OccupationFlowNode>;
  return (
    <div className="session-card">
      <OccupationNode {...cardProps} />
      {(votes > 0 || pendingSuggestions > 0) && (
        <div className="session-card__badges">
          {votes > 0 && (
            <span className="session-card__votes" title={voters}>
              {votes === 1 ? '1 critical vote' : `${votes} critical votes`}
            </span>
          )}
          {pendingSuggestions > 0 && <span className="session-card__pending">Change pending</span>}
        </div>
      )}
    </div>
  );
}

export const SessionOccupationNode = memo(SessionCard);
