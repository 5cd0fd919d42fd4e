import { brightOutlookLabel } from '../../../domain/bright-outlook';
import { educationText } from '../../../domain/labels';
import { laborFigures, withSource } from '../../../domain/labor-words';
import type { Occupation, PathwayMap } from '../../../domain/schema/map';

/** "Projections Central, … (2024)": a source by id as the handout names it; the id itself when the map does not list it. */
function sourceName(map: PathwayMap, sourceId: string | undefined): string | undefined {
  if (sourceId === undefined) return undefined;
  const source = map.sources.find((candidate) => candidate.id === sourceId);
  if (!source) return sourceId;
  return source.year !== undefined ? `${source.label} (${source.year})` : source.label;
}

/** What is known of one job besides its pay: education (marked when not verified), the Bright Outlook flag with its basis, labor figures with period, area and source. */
function jobFacts(map: PathwayMap, occupation: Occupation): string[] {
  const education = educationText(occupation);
  const outlook = brightOutlookLabel(occupation);
  const flagSource = outlook === undefined ? undefined : sourceName(map, occupation.highGrowthSourceId);
  const source = sourceName(map, occupation.labor?.sourceId);
  const labor = occupation.labor ? laborFigures(occupation.labor).map((figure) => withSource(figure.text, source)) : [];
  return [education && `Typical education: ${education}`, outlook && withSource(outlook, flagSource), ...labor].filter((fact): fact is string => Boolean(fact));
}

/** The handout's "About these jobs": each figure as what it is, for where and when; nothing when nothing is known. */
export function RouteJobFacts({ map, occupations }: { map: PathwayMap; occupations: readonly Occupation[] }) {
  const jobs = occupations.map((occupation) => ({ occupation, facts: jobFacts(map, occupation) })).filter(({ facts }) => facts.length > 0);
  if (jobs.length === 0) return null;
  return (
    <section className="route-handout__jobs" aria-label="About these jobs">
      <h2>About these jobs</h2>
      <ul>
        {jobs.map(({ occupation, facts }) => (
          <li key={occupation.id}>
            {occupation.title}: {facts.join('; ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
