import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { useArrowPath } from '../canvas/use-arrow-path';
import type { SuggestedFlowEdge } from './session-elements';

/** A move suggested in the room and not yet decided: a dashed ghost arrow labelled "Suggested". */
function SuggestedArrow(props: EdgeProps<SuggestedFlowEdge>) {
  const { id, markerEnd, data } = props;
  // Around any card in the way, as the map's own arrows go (use-arrow-path.ts).
  const { path, labelX, labelY } = useArrowPath(props);
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
