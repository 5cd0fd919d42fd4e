import { Panel } from '@xyflow/react';
import type { Group } from '../../domain/schema/map';
import { GroupLegend } from '../canvas/group-legend';
import { MoveKey } from '../canvas/move-key';
import type { WageScales } from '../canvas/wage-scale';
import { WageScaleKey } from '../canvas/wage-scale-key';

/**
 * The canvas key, folded at first: on a projector the cards need the room, and the facilitator
 * opens the key when someone asks what a colour means.
 */
export function SessionLegend({ groups, wageScales }: { groups: readonly Group[]; wageScales: WageScales }) {
  return (
    <Panel position="top-left" className="map-legend">
      <details>
        <summary>Legend</summary>
        <GroupLegend groups={groups} />
        <MoveKey />
        <WageScaleKey scales={wageScales} />
      </details>
    </Panel>
  );
}
