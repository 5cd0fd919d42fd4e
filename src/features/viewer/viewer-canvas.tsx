import { useMemo } from 'react';
import type { UnknownFigure } from '../../domain/filters/occupation-filter';
import type { PathwayMap } from '../../domain/schema/map';
import type { CanvasMarks } from '../canvas/card-marks';
import { MapCanvas } from '../canvas/map-canvas';
import { routeTone } from '../canvas/route-tone';
import { CentreOnRequest } from './centre-on-request';
import { EscapeClearsSelection } from './escape-clears-selection';
import { FitRouteOnRequest } from './fit-route-on-request';
import { useFilterMarks } from './filters/use-filter-marks';
import { useViewerStore } from './viewer-store';

function selectCard(occupationId: string | undefined): void {
  useViewerStore.getState().selectOccupation(occupationId);
}

function clearSelection(): void {
  useViewerStore.getState().selectOccupation(undefined);
}

/**
 * The read-only canvas wired to the viewer's state: the selected card (click or Enter on a card
 * selects it, and the details panel shows it; Escape on a card clears it, and focus stays on the
 * card), cards the filters leave out dimmed, cards they cannot judge marked "not known" (dimmed too
 * only when the reader leaves those out), the highlighted route, and centring on a card or fitting a
 * chosen route when asked.
 */
export function ViewerCanvas({ map, arrangement = '', placing = false }: { map: PathwayMap; arrangement?: string; placing?: boolean }) {
  const selectedId = useViewerStore((state) => state.selectedOccupationId);
  const highlight = useViewerStore((state) => state.highlight);
  const occupations = map.occupations;

  const tone = useMemo(() => routeTone(map.groups.map((group) => group.color)), [map.groups]);
  const { dimmedIds, outcomes } = useFilterMarks(occupations);
  const notKnown = useMemo(() => {
    const missing = new Map<string, readonly UnknownFigure[]>();
    for (const [id, outcome] of outcomes) if (outcome.kind === 'not-known') missing.set(id, outcome.missing);
    return missing;
  }, [outcomes]);
  const route = useMemo(
    () => highlight && { occupationIds: new Set(highlight.occupationIds), transitionIds: new Set(highlight.transitionIds), tone },
    [highlight, tone],
  );
  const marks = useMemo<CanvasMarks>(() => ({ selectedId, dimmedIds, notKnown, route }), [selectedId, dimmedIds, notKnown, route]);

  return (
    <MapCanvas map={map} marks={marks} onSelectCard={selectCard} arrangement={arrangement} placing={placing}>
      <CentreOnRequest arrangement={arrangement} />
      <FitRouteOnRequest arrangement={arrangement} />
      <EscapeClearsSelection onClear={clearSelection} />
    </MapCanvas>
  );
}
