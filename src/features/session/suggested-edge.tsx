import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { SuggestedFlowEdge } from './session-elements';

/** A move suggested in the room and not yet decided: a dashed ghost arrow labelled "Suggested". */
function SuggestedArrow(props: EdgeProps<SuggestedFlowEdge>) {
  const { id, markerEnd, data, sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition } = props;
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, borderRadius: 10 });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className="session-edge__suggested-path" />
      <EdgeLabelRenderer>
        <div
          className="session-edge__label"
          aria-hidden="true"
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {data?.label ?? 'Suggested'}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const SuggestedEdge = memo(SuggestedArrow);
