import { ExternalLink } from '../../../components/external-link';
import type { TrainingProgram } from '../../../domain/schema/map';
import { DetailSection } from './detail-section';
import { FactList } from './fact-list';
import { priceText } from '../../../domain/wage-words';
import { countText, weeksText } from './numbers';

/** Programs that prepare people for the job: provider, length, cost, how many they take and how many finish. */
export function TrainingSection({ programs }: { programs: readonly TrainingProgram[] }) {
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
                ['Provider', program.provider?.trim() || undefined],
                ['Length', program.durationWeeks !== undefined ? weeksText(program.durationWeeks) : undefined],
                ['Cost', program.costUsd !== undefined ? priceText(program.costUsd) : undefined],
                ['Capacity', program.capacity !== undefined ? countText(program.capacity) : undefined],
                ['Completions', program.completions !== undefined ? countText(program.completions) : undefined],
              ]}
            />
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
