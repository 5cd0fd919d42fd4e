import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import './step-card.css';
import { CardDescriptionPart } from './card-description-part';
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
          {/* Shown as a line above the title, said as part of the name ("Credential: NCLEX-RN (license)"). */}
          <p className="step-card__kind" aria-hidden="true">
            {data.kindLine}
          </p>
          {/* The name is said whole from one text, so no browser drops the spaces between its parts. */}
          <p className="occupation-card__title">
            <span aria-hidden="true">{data.title}</span>
            <span className="canvas-visually-hidden">{`${data.nameBefore}${data.title}${data.nameAfter}`}</span>
          </p>
          {!zoomedOut && (
            <CardDescriptionPart part="details">
              {data.figures !== undefined && <p className="step-card__figures">{data.figures}</p>}
              {data.groupLabel && <p className="canvas-visually-hidden">{`Group: ${data.groupLabel}`}</p>}
            </CardDescriptionPart>
          )}
        </div>
      )}
    </CardFrame>
  );
}

export const StepNode = memo(StepCard);
