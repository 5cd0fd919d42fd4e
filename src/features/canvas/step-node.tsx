import { memo, useContext } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import './canvas.css';
import './step-card.css';
import { safeColour } from './safe-colour';
import { SeveralSelected } from './several-selected';
import type { StepFlowNode } from './to-flow-elements';
import { useZoomedOut } from './zoom';

/**
 * One step card: a credential, program, experience or milestone. The same size as an occupation card
 * (card-geometry.ts), told apart by its kind line and by its border's shape (step-card.css: double,
 * heavy top, dashed, rounded), which survive grayscale print. Zoomed out it shows its kind and title only.
 */
function StepCard({ data, isConnectable, selected }: NodeProps<StepFlowNode>) {
  const zoomedOut = useZoomedOut();
  const colour = safeColour(data.colour);
  const several = useContext(SeveralSelected);
  const picked = selected && several;
  return (
    <div
      className={`occupation-card step-card step-card--${data.kind}${zoomedOut ? ' occupation-card--compact' : ''}${picked ? ' occupation-card--picked' : ''}`}
      style={colour ? { borderLeftColor: colour } : undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={isConnectable} />
      {picked && (
        <span className="occupation-card__picked">
          <span aria-hidden="true">✓ </span>Selected
        </span>
      )}
      <div className="step-card__body">
        <p className="step-card__kind">{data.kindLine}</p>
        <p className="occupation-card__title">{data.title}</p>
        {!zoomedOut && data.figures !== undefined && <p className="step-card__figures">{data.figures}</p>}
        {!zoomedOut && data.groupLabel && <p className="canvas-visually-hidden">{`Group: ${data.groupLabel}`}</p>}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={isConnectable} />
    </div>
  );
}

export const StepNode = memo(StepCard);
