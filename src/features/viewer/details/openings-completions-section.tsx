import {
  completionsText,
  openingsText,
  openingsVsCompletions,
  verdictText,
} from '../../../domain/labor/openings-vs-completions';
import type { Occupation, PathwayMap } from '../../../domain/schema/map';
import { DetailSection } from './detail-section';
import { FactList } from './fact-list';

/**
 * Annual openings against what the occupation's programs complete a year, with the verdict and what
 * the comparison cannot tell. Shown when the map has either figure; the other is said as "not known".
 */
export function OpeningsCompletionsSection({ map, occupation }: { map: PathwayMap; occupation: Occupation }) {
  const comparison = openingsVsCompletions(map, occupation);
  if (!comparison.openings && !comparison.completions) return null;
  return (
    <DetailSection title="Openings and completions">
      <p className="detail-text">{verdictText(comparison)}.</p>
      <FactList
        facts={[
          ['Openings', openingsText(comparison.openings)],
          ['Completions', completionsText(comparison.completions)],
        ]}
      />
      {comparison.caveats.length > 0 && (
        <p className="detail-note detail-text">Note: {comparison.caveats.join('; ')}.</p>
      )}
    </DetailSection>
  );
}
