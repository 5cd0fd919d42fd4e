import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { wageText } from '../../components/wage-text';
import { safeColour, type OccupationFlowNode } from './to-flow-elements';

const LEVEL_LABELS = { entry: 'Entry level', middle: 'Middle level', advanced: 'Advanced level' } as const;

/** One occupation card on the canvas. Everything shown is plain text from the map. */
function OccupationNodeCard({ data }: NodeProps<OccupationFlowNode>) {
  const { occupation, group } = data;
  const laneColour = safeColour(group?.color);
  const badges = [
    occupation.apprenticeship?.registered ? 'Apprenticeable' : undefined,
    occupation.highGrowth ? 'High growth' : undefined,
    occupation.designation === 'priority' ? 'Priority' : occupation.designation === 'critical' ? 'Critical' : undefined,
  ].filter((badge): badge is string => badge !== undefined);

  return (
    <div className="occupation-card" style={laneColour ? { borderLeftColor: laneColour } : undefined}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <p className="occupation-card__title">{occupation.title}</p>
      <p className="occupation-card__meta">
        {occupation.level ? LEVEL_LABELS[occupation.level] : 'Level not set'}
        {occupation.socCode ? ` · SOC ${occupation.socCode}` : ''}
      </p>
      <p className="occupation-card__wage">{occupation.wage ? wageText(occupation.wage) : 'Wage not known'}</p>
      {badges.length > 0 && (
        <ul className="occupation-card__badges" aria-label="Highlights">
          {badges.map((badge) => (
            <li key={badge}>{badge}</li>
          ))}
        </ul>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export const OccupationNode = memo(OccupationNodeCard);
