import type { PathwayMap } from '../../../domain/schema/map';
import { useViewerStore } from '../viewer-store';
import './details.css';
import { OccupationProfile } from './occupation-profile';
import { StepPanel } from './step-panel';

/** The selected occupation's details, in the viewer's "Details" tab; a hint when none is selected. */
export function OccupationPanel({ map }: { map: PathwayMap }) {
  const selectedId = useViewerStore((state) => state.selectedOccupationId);
  const occupation = selectedId === undefined ? undefined : map.occupations.find((candidate) => candidate.id === selectedId);
  // The reader selects any card: a step (credential, program, experience, milestone) has its own panel.
  const step = occupation || selectedId === undefined ? undefined : map.steps.find((candidate) => candidate.id === selectedId);
  if (step) return <StepPanel key={step.id} map={map} step={step} />;
  if (!occupation) {
    return (
      <p className="details-hint">Choose an occupation on the map, in the outline or by search to see its details.</p>
    );
  }
  return <OccupationProfile key={occupation.id} map={map} occupation={occupation} />;
}
