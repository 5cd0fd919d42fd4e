import { Panel } from '@xyflow/react';
import type { Group } from '../../domain/schema/map';
import './canvas.css';
import { GroupLegend } from './group-legend';
import { MoveKey } from './move-key';
import type { WageScales } from './wage-scale';
import { WageScaleKey } from './wage-scale-key';

/** More groups than this and the legend starts folded (it would cover much of the map). */
const OPEN_UP_TO_GROUPS = 12;

/**
 * The canvas key, top left: groups, arrow styles, wage scale. It folds away if it covers cards, and
 * scrolls (rather than hiding the zoom controls) when a map has many groups.
 */
export function MapLegend({
  groups,
  wageScales,
  folded = groups.length > OPEN_UP_TO_GROUPS,
}: {
  groups: readonly Group[];
  wageScales: WageScales;
  /** Start folded (e.g. on a projector, where the cards need the room). */
  folded?: boolean;
}) {
  return (
    <Panel position="top-left" className="map-legend">
      <details open={!folded}>
        <summary>Legend</summary>
        <GroupLegend groups={groups} />
        <MoveKey />
        <WageScaleKey scales={wageScales} />
      </details>
    </Panel>
  );
}
