import { memo, useContext } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import './canvas.css';
import { OccupationDetails } from './occupation-details';
import { safeColour } from './safe-colour';
import { SeveralSelected } from './several-selected';
import type { OccupationFlowNode } from './to-flow-elements';
import { useZoomedOut } from './zoom';

/**
 * One occupation card. Zoomed out it is only a title in large type (few DOM elements per card, so a
 * 2,000-card map stays cheap); at reading zoom it shows the details. The handles are always drawn, so
 * arrows keep their ends; whether they accept connections is the canvas's `nodesConnectable`.
 */
function OccupationCard({ data, isConnectable, selected }: NodeProps<OccupationFlowNode>) {
  const zoomedOut = useZoomedOut();
  const colour = safeColour(data.colour);
  const several = useContext(SeveralSelected);
  const picked = selected && several;
  return (
    <div
      className={`occupation-card${zoomedOut ? ' occupation-card--compact' : ''}${picked ? ' occupation-card--picked' : ''}`}
      style={colour ? { borderLeftColor: colour } : undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={isConnectable} />
      {picked && (
        <span className="occupation-card__picked">
          <span aria-hidden="true">✓ </span>Selected
        </span>
      )}
      <p className="occupation-card__title">{data.title}</p>
      {!zoomedOut && <OccupationDetails data={data} />}
      <Handle type="source" position={Position.Right} isConnectable={isConnectable} />
    </div>
  );
}

export const OccupationNode = memo(OccupationCard);
