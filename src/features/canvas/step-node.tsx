import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import './step-card.css';
import { CardFrame } from './card-frame';
import type { StepFlowNode } from './to-flow-elements';

/**
 * One step card: a credential, program, experience or milestone. The same size as an occupation card
 * (card-geometry.ts), told apart by its kind line and by its border's shape (step-card.css: double,
 * heavy top, dashed, rounded), which survive grayscale print. Zoomed out it shows its kind and title only.
 */
function StepCard({ data, isConnectable, selected }: NodeProps<StepFlowNode>) {
  return (
    <CardFrame kindClass={`step-card step-card--${data.kind}`} colour={data.colour} selected={selected} isConnectable={isConnectable}>
      {(zoomedOut) => (
        <div className="step-card__body">
          <p className="step-card__kind">{data.kindLine}</p>
          <p className="occupation-card__title">{data.title}</p>
          {!zoomedOut && data.figures !== undefined && <p className="step-card__figures">{data.figures}</p>}
          {!zoomedOut && data.groupLabel && <p className="canvas-visually-hidden">{`Group: ${data.groupLabel}`}</p>}
        </div>
      )}
    </CardFrame>
  );
}

export const StepNode = memo(StepCard);
