import { useState } from 'react';
import { Panel } from '@xyflow/react';
import type { Group, StepKind } from '../../domain/schema/map';
import './canvas.css';
import { GroupLegend } from './group-legend';
import { MoveKey } from './move-key';
import { StepKindKey } from './step-kind-key';
import { isPrinting, usePrinting } from './printing';
import type { WageScales } from './wage-scale';
import { WageScaleKey } from './wage-scale-key';

/** More groups than this and the legend starts folded (it would cover much of the map). */
const OPEN_UP_TO_GROUPS = 12;
/** A phone: the viewer's bottom-sheet breakpoint (viewer.css). Open, the legend would hide half the map. */
const NARROW_SCREEN = '(max-width: 639.98px)';

function startsFolded(groupCount: number): boolean {
  const narrow = typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN).matches;
  return narrow || groupCount > OPEN_UP_TO_GROUPS;
}

/**
 * The canvas key, top left: groups, arrow styles, step cards, wage scale. It folds away if it covers cards, and
 * scrolls (rather than hiding the zoom controls) when a map has many groups. By default it starts
 * folded on a narrow screen or for many groups; the reader can always open it. A printed map always
 * has its key (printing.ts), and the legend is back as the reader left it afterwards.
 */
export function MapLegend({
  groups,
  wageScales,
  folded,
  stepKinds = [],
}: {
  groups: readonly Group[];
  wageScales: WageScales;
  /** The kinds of step card the map has, in the format's order: each gets its border in the key. */
  stepKinds?: readonly StepKind[];
  /** Start folded (e.g. on a projector, where the cards need the room); by default, see above. */
  folded?: boolean;
}) {
  const [open, setOpen] = useState(() => !(folded ?? startsFolded(groups.length)));
  const printing = usePrinting();
  return (
    <Panel position="top-left" className="map-legend">
      <details
        open={open || printing}
        // Opening it for paper is not the reader's choice (the toggle event comes later, so ask the flag).
        onToggle={(event) => {
          if (!isPrinting()) setOpen(event.currentTarget.open);
        }}
      >
        <summary>Legend</summary>
        <GroupLegend groups={groups} />
        <MoveKey />
        <StepKindKey kinds={stepKinds} />
        <WageScaleKey scales={wageScales} />
      </details>
    </Panel>
  );
}
