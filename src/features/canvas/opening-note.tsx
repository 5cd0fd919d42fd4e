import { Panel } from '@xyflow/react';
import type { OpeningKind } from './opening-view';
import { useZoomedOut } from './zoom';

const SAYS: Record<Exclude<OpeningKind, 'detailed'>, string> = {
  whole: 'Zoomed out to show the whole map: zoom in to see wages and badges',
  part: 'Part of the map: drag to see more, or Fit to see all',
};

/**
 * Why the cards show only their titles, said on the canvas (top centre, where the opening view keeps
 * room for it: canvas-insets.ts) while the view is zoomed out; gone once zoomed in to details.
 * Plain text, not a live region: it would be announced again each time the zoom crosses the detail
 * threshold, and the arrow keys' live region is the canvas's one voice. Rendered inside React Flow.
 */
export function OpeningNote({ kind }: { kind: OpeningKind | undefined }) {
  const zoomedOut = useZoomedOut();
  const says = zoomedOut ? SAYS[kind === 'part' ? 'part' : 'whole'] : undefined;
  return (
    <Panel position="top-center" className="opening-note">
      {says !== undefined && <p>{says}</p>}
    </Panel>
  );
}
