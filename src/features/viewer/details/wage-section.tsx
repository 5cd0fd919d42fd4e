import { payText } from '../../../domain/pay-words';
import { statisticName } from '../../../domain/wage-statistic';
import type { EarlierWage, PathwayMap, Wage } from '../../../domain/schema/map';
import { earlierWageText } from '../../../domain/wage-sheet/wage-with-place';
import { DetailSection } from './detail-section';
import { FactList } from './fact-list';
import { SourceCitation } from './source-citation';

/** "Mean", "25th percentile", "Not stated": the statistic fact, said for a wage with a figure or an employer's range. */
function statisticFact(wage: Wage): string | undefined {
  if (wage.amount === undefined && wage.statistic === undefined) return undefined;
  if (wage.statistic === undefined) return 'Not stated';
  const name = statisticName(wage.statistic);
  return `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;
}

/** What the details say when the map has no wage for a job: the card says "Wage not known", and so do they. */
export const NO_WAGE_ON_FILE = 'Wage not known: this map has no wage figure on file for this job.';

/**
 * The wage with its unit and, beside it, the same in the other unit at 2,080 hours a year; and what
 * it is: its statistic, the map's basis, the area, the year and the source. With no wage on file it
 * says so, rather than leaving the section out while the card says "Wage not known".
 */
export function WageSection({ map, wage, earlier = [] }: { map: PathwayMap; wage: Wage | undefined; earlier?: readonly EarlierWage[] }) {
  const basis = map.wageBasis?.trim();
  return (
    <DetailSection title="Wage">
      <p className="detail-wage">{wage ? payText(wage, { hours: true }) : NO_WAGE_ON_FILE}</p>
      {wage && (
        <FactList
          facts={[
            ['Statistic', statisticFact(wage)],
            ['Area', wage.area?.trim() || undefined],
            ['Year', wage.year],
            ['Source', wage.sourceId !== undefined ? <SourceCitation map={map} sourceId={wage.sourceId} /> : undefined],
          ]}
        />
      )}
      {/* The map's own note on what its wages mean: often a paragraph, so it gets the full width. */}
      {basis && <p className="detail-note detail-text">About these wages: {basis}</p>}
      {/* Wages a sheet update replaced, newest first, in small print. */}
      {earlier.length > 0 && (
        <ul className="detail-note detail-earlier-wages" aria-label="Earlier wages">
          {[...earlier].reverse().map((entry, index) => (
            <li key={index}>{earlierWageText(entry)}</li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
