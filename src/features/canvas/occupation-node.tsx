import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { CardDescriptionPart } from './card-description-part';
import { CardFrame } from './card-frame';
import { OccupationDetails } from './occupation-details';
import type { OccupationFlowNode } from './to-flow-elements';

/**
 * One occupation card. Zoomed out it is only a title in large type (few DOM elements per card, so a
 * 2,000-card map stays cheap); at reading zoom it shows the details, which are its description.
 */
function OccupationCard({ data, isConnectable, selected }: NodeProps<OccupationFlowNode>) {
  return (
    <CardFrame colour={data.colour} selected={selected} isConnectable={isConnectable}>
      {(zoomedOut) => (
        <>
          <p className="occupation-card__title">{data.title}</p>
          {!zoomedOut && (
            <CardDescriptionPart part="details">
              <OccupationDetails data={data} />
            </CardDescriptionPart>
          )}
        </>
      )}
    </CardFrame>
  );
}

export const OccupationNode = memo(OccupationCard);
