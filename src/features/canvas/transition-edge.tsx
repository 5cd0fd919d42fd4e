import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import './canvas.css';
import { stretchedDashes } from './dash-pattern';
import type { TransitionFlowEdge } from './to-flow-elements';
import { useArrowPath } from './use-arrow-path';
import { useDrawPlainly, useZoomedOut } from './zoom';

/**
 * A move between two cards: a stepped arrow, styled by kind through its class (canvas.css), with its
 * typical time ("18 mo") as an HTML label at reading zoom. The label is hidden from screen readers:
 * the arrow's own description says it in words. A large map seen zoomed out is drawn without dashes
 * (see LARGE_MAP_CARDS); lateral and entry moves are then lighter instead. A long arrow's dashes are
 * stretched so no arrow has more than a few (dash-pattern.ts). While a route is highlighted, the label
 * follows its arrow: bold on the route, grey off it. An arrow that would pass under another card goes
 * around it instead (use-arrow-path.ts), so no move seems to run through a card it does not join.
 */
function TransitionArrow(props: EdgeProps<TransitionFlowEdge>) {
  const { id, label, markerEnd, interactionWidth, data } = props;
  const zoomedOut = useZoomedOut();
  const plainly = useDrawPlainly();
  const { path, labelX, labelY, length } = useArrowPath(props);
  const dashes = plainly ? undefined : stretchedDashes(data?.kind ?? 'advancement', length);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={interactionWidth}
        className={plainly ? 'transition-edge__path--plain' : zoomedOut ? 'transition-edge__path--far' : undefined}
        style={dashes ? { strokeDasharray: dashes } : undefined}
      />
      {label && !zoomedOut && (
        <EdgeLabelRenderer>
          <div
            className={data?.emphasis ? `transition-edge__label transition-edge__label--${data.emphasis}` : 'transition-edge__label'}
            aria-hidden="true"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const TransitionEdge = memo(TransitionArrow);
