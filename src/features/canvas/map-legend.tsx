import { useId, useState } from 'react';
import { Panel } from '@xyflow/react';
import type { Group, StepKind } from '../../domain/schema/map';
import './canvas.css';
import { GroupLegend } from './group-legend';
import { MoveKey } from './move-key';
import { StepKindKey } from './step-kind-key';
import { usePrinting } from './printing';
import type { WageScales } from './wage-scale';
import { WageScaleKey } from './wage-scale-key';

/**
 * The canvas key, top left: groups, arrow styles, step cards, wage scale. It starts folded, a small
 * "Legend" button, so it covers no card at the opening view (the fit keeps room only for the button:
 * canvas-insets.ts); the reader opens it, and it scrolls (rather than hiding the zoom controls) when a
 * map has many groups. A printed map always has its key (printing.ts), and the legend is back as the
 * reader left it afterwards.
 */
export function MapLegend({
  groups,
  wageScales,
  folded = true,
  stepKinds = [],
}: {
  groups: readonly Group[];
  wageScales: WageScales;
  /** The kinds of step card the map has, in the format's order: each gets its border in the key. */
  stepKinds?: readonly StepKind[];
  /** Start folded (the default: open, it would cover cards). */
  folded?: boolean;
}) {
  const [open, setOpen] = useState(!folded);
  const printing = usePrinting();
  const keyId = `${useId()}-legend`;
  const shown = open || printing;
  return (
    <Panel position="top-left" className="map-legend" data-open={shown}>
      <button type="button" className="map-legend__toggle" aria-expanded={shown} aria-controls={keyId} onClick={() => setOpen(!open)}>
        Legend
      </button>
      <div id={keyId} className="map-legend__key" hidden={!shown}>
        <GroupLegend groups={groups} />
        <MoveKey />
        <StepKindKey kinds={stepKinds} />
        <WageScaleKey scales={wageScales} />
      </div>
    </Panel>
  );
}
