import type { LaborMarket, PathwayMap } from '../../../domain/schema/map';
import { laborFigures, representationFigure } from '../../../domain/labor-words';
import { DetailSection } from './detail-section';
import { FactList, type Fact } from './fact-list';
import { SourceCitation } from './source-citation';

/**
 * Each figure says what it counts, for when and where ("area not stated" when the map does not say);
 * the women and minority shares are one representation figure, as a partnership reports them.
 */
function laborFacts(map: PathwayMap, labor: LaborMarket): Fact[] {
  const representation = representationFigure(labor);
  const figures: Fact[] = [...laborFigures(labor, { shares: false }), ...(representation ? [representation] : [])].map(({ label, text }) => [label, text]);
  return [...figures, ['Source', labor.sourceId !== undefined ? <SourceCitation map={map} sourceId={labor.sourceId} /> : undefined]];
}

/** Openings, growth, employment and who holds the jobs, each with its period, area and source. Nothing when none is known. */
export function LaborSection({ map, labor }: { map: PathwayMap; labor: LaborMarket }) {
  if (laborFigures(labor).length === 0) return null;
  return (
    <DetailSection title="Labor market">
      <FactList facts={laborFacts(map, labor)} />
    </DetailSection>
  );
}
