import { wageText } from '../../../components/wage-text';
import type { PathwayMap, Wage } from '../../../domain/schema/map';
import { DetailSection } from './detail-section';
import { FactList } from './fact-list';
import { SourceCitation } from './source-citation';

/** The wage range with its unit, and what it is: the map's basis, the area, the year and the source. */
export function WageSection({ map, wage }: { map: PathwayMap; wage: Wage }) {
  return (
    <DetailSection title="Wage">
      <p className="detail-wage">{wageText(wage)}</p>
      <FactList
        facts={[
          ['Area', wage.area?.trim() || undefined],
          ['Year', wage.year],
          ['Source', wage.sourceId !== undefined ? <SourceCitation map={map} sourceId={wage.sourceId} /> : undefined],
          ['About these wages', map.wageBasis?.trim() || undefined],
        ]}
      />
    </DetailSection>
  );
}
