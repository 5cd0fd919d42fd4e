import { wageText } from '../../../domain/wage-words';
import type { PathwayMap, Wage } from '../../../domain/schema/map';
import { DetailSection } from './detail-section';
import { FactList } from './fact-list';
import { SourceCitation } from './source-citation';

/** The wage range with its unit, and what it is: the map's basis, the area, the year and the source. */
export function WageSection({ map, wage }: { map: PathwayMap; wage: Wage }) {
  const basis = map.wageBasis?.trim();
  return (
    <DetailSection title="Wage">
      <p className="detail-wage">{wageText(wage)}</p>
      <FactList
        facts={[
          ['Area', wage.area?.trim() || undefined],
          ['Year', wage.year],
          ['Source', wage.sourceId !== undefined ? <SourceCitation map={map} sourceId={wage.sourceId} /> : undefined],
        ]}
      />
      {/* The map's own note on what its wages mean: often a paragraph, so it gets the full width. */}
      {basis && <p className="detail-note detail-text">About these wages: {basis}</p>}
    </DetailSection>
  );
}
