import type { LaborMarket, PathwayMap } from '../../../domain/schema/map';
import { DetailSection } from './detail-section';
import { FactList, type Fact } from './fact-list';
import { countText, growthText, percentText } from './numbers';
import { SourceCitation } from './source-citation';

function laborFacts(map: PathwayMap, labor: LaborMarket): Fact[] {
  return [
    ['Openings a year', labor.annualOpenings !== undefined ? countText(labor.annualOpenings) : undefined],
    ['Growth', labor.growthPct !== undefined ? growthText(labor.growthPct) : undefined],
    ['Employment', labor.employment !== undefined ? countText(labor.employment) : undefined],
    ['Women', labor.femalePct !== undefined ? percentText(labor.femalePct) : undefined],
    ['Minority workers', labor.minorityPct !== undefined ? percentText(labor.minorityPct) : undefined],
    ['Year', labor.year],
    ['Source', labor.sourceId !== undefined ? <SourceCitation map={map} sourceId={labor.sourceId} /> : undefined],
  ];
}

/** Openings, growth, employment and who holds the jobs, with the year and source. Nothing when none is known. */
export function LaborSection({ map, labor }: { map: PathwayMap; labor: LaborMarket }) {
  const facts = laborFacts(map, labor);
  if (facts.every(([, value]) => value === undefined)) return null;
  return (
    <DetailSection title="Labor market">
      <FactList facts={facts} />
    </DetailSection>
  );
}
