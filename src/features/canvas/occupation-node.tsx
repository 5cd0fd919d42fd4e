import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import './canvas.css';
import { OccupationDetails } from './occupation-details';
import { safeColour } from './safe-colour';
import type { OccupationFlowNode } from './to-flow-elements';
import { useZoomedOut } from './zoom';

/**
 * One occupation card. Zoomed out it is only a title in large type (few DOM elements per card, so a
 * 2,000-card map stays cheap); at reading zoom it shows the details. The handles are always drawn, so
 * arrows keep their ends; whether they accept connections is the canvas's `nodesConnectable`.
 */
function OccupationCard({ data, isConnectable }: NodeProps<OccupationFlowNode>) {
  const zoomedOut = useZoomedOut();
  const colour = safeColour(data.colour);
  return (
    <div
      className={zoomedOut ? 'occupation-card occupation-card--compact' : 'occupation-card'}
      style={colour ? { borderLeftColor: colour } : undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={isConnectable} />
      <p className="occupation-card__title">{data.title}</p>
      {!zoomedOut && <OccupationDetails data={data} />}
      <Handle type="source" position={Position.Right} isConnectable={isConnectable} />
    </div>
  );
}

export const OccupationNode = memo(OccupationCard);
