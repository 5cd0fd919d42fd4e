import { ExternalLink } from '../../../components/external-link';
import type { PathwayMap, TrainingProgram } from '../../../domain/schema/map';
import { DetailSection } from './detail-section';
import { FactList } from './fact-list';
import { priceText } from '../../../domain/wage-words';
import { countText, weeksText } from './numbers';
import { SourceCitation } from './source-citation';

/** "40 a year, 2024"; "not known" when the program does not say (never 0); "year not stated" when it gives no year. */
function perYear(value: number | undefined, year: number | undefined): string {
  if (value === undefined) return 'not known';
  return `${countText(value)} a year, ${year !== undefined ? String(year) : 'year not stated'}`;
}

/**
 * Programs that prepare people for the job: provider, length, cost, how many they take and how many
 * finish a year, with the year and source of those counts. Capacity and completions are always said,
 * as "not known" when the map does not have them, since a reader compares them with openings.
 */
export function TrainingSection({ map, programs }: { map: PathwayMap; programs: readonly TrainingProgram[] }) {
  return (
    <DetailSection title="Training programs">
      <ul className="detail-list">
        {programs.map((program, index) => (
          <li key={index}>
            <p className="detail-item-title">
              {program.url ? <ExternalLink href={program.url}>{program.name}</ExternalLink> : program.name}
            </p>
            <FactList
              facts={[
                ['Provider', program.provider?.trim() || 'not known'],
                ['Length', program.durationWeeks !== undefined ? weeksText(program.durationWeeks) : undefined],
                ['Cost', program.costUsd !== undefined ? priceText(program.costUsd) : undefined],
                ['Capacity', perYear(program.capacity, program.year)],
                ['Completions', perYear(program.completions, program.year)],
                ['Source', program.sourceId !== undefined ? <SourceCitation map={map} sourceId={program.sourceId} /> : undefined],
              ]}
            />
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
