import { ExternalLink } from '../../../components/external-link';
import { apprenticeshipPayText, startingPayText } from '../../../domain/pay-words';
import { monthsText } from '../../../domain/wage-words';
import type { Apprenticeship, PathwayMap } from '../../../domain/schema/map';
import { DetailSection } from './detail-section';
import { FactList } from './fact-list';
import { SourceCitations } from './source-citation';

/**
 * Registered and pre-apprenticeship, the starting pay (across its programs, or "not on file"), the
 * RAPIDS code, the programs with sponsor, length and starting wage, and the sources of all that.
 */
export function ApprenticeshipSection({ map, apprenticeship }: { map: PathwayMap; apprenticeship: Apprenticeship }) {
  const programs = apprenticeship.programs ?? [];
  return (
    <DetailSection title="Apprenticeship">
      <p className="detail-apprenticeship-pay">{apprenticeshipPayText(apprenticeship, { hours: true })}</p>
      <FactList
        facts={[
          ['Registered apprenticeship', apprenticeship.registered ? 'Yes' : 'No'],
          ['Pre-apprenticeship', apprenticeship.preApprenticeship === undefined ? undefined : apprenticeship.preApprenticeship ? 'Yes' : 'No'],
          ['RAPIDS code', apprenticeship.rapidsCode?.trim() || undefined],
          [
            apprenticeship.sourceIds?.length === 1 ? 'Source' : 'Sources',
            apprenticeship.sourceIds?.length ? <SourceCitations map={map} sourceIds={apprenticeship.sourceIds} /> : undefined,
          ],
        ]}
      />
      {programs.length > 0 && (
        <ul className="detail-list" aria-label="Apprenticeship programs">
          {programs.map((program, index) => (
            <li key={index}>
              <p className="detail-item-title">
                {program.url ? <ExternalLink href={program.url}>{program.name}</ExternalLink> : program.name}
              </p>
              <FactList
                facts={[
                  ['Sponsor', program.sponsor?.trim() || undefined],
                  ['Length', program.durationMonths !== undefined ? monthsText(program.durationMonths) : undefined],
                  [
                    'Starting wage',
                    program.startingWage !== undefined ? startingPayText([program.startingWage]) : undefined,
                  ],
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
