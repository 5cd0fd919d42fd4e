import type { Route } from '../../../domain/graph/route';
import { requirementItems } from '../../../domain/requirements/walk';
import type { PathwayMap, Source } from '../../../domain/schema/map';
import { apprenticeshipNote } from './route-step-notes';

/**
 * The map's sources behind what the route's handout shows, in the map's order: the jobs' wages, labor
 * figures and Bright Outlook flags, the moves, their requirements and the step cards those
 * requirements name, and the apprenticeships its steps mention.
 */
export function routeSources(map: PathwayMap, route: Route): Source[] {
  const used = new Set<string | undefined>(
    // The Bright Outlook flag's source only when the flag is set: the handout prints the flag then.
    route.occupations.flatMap((occupation) => [occupation.wage?.sourceId, occupation.labor?.sourceId, occupation.highGrowth === true ? occupation.highGrowthSourceId : undefined]),
  );
  const steps = new Map(map.steps.map((step) => [step.id, step]));
  for (const { transition, to } of route.steps) {
    transition.sourceIds?.forEach((id) => used.add(id));
    if (apprenticeshipNote(to, transition.viaApprenticeship === true) !== undefined) to.apprenticeship?.sourceIds?.forEach((id) => used.add(id));
    for (const { item } of requirementItems(transition.requirements)) {
      item.sourceIds?.forEach((id) => used.add(id));
      if (item.cardId !== undefined) steps.get(item.cardId)?.sourceIds?.forEach((id) => used.add(id));
    }
  }
  return map.sources.filter((source) => used.has(source.id));
}

/**
 * "Source 2", "Sources 1, 3": where the handout's numbered list has what `ids` cite, so each figure
 * says where it came from and the page still fits one sheet. A citation naming no source on the map is
 * shown as written ("Source “bls”"). Undefined when nothing is cited.
 */
export function sourceMarkText(sources: readonly Source[], ids: readonly string[] | undefined): string | undefined {
  const cited = [...new Set(ids ?? [])];
  if (cited.length === 0) return undefined;
  const numbers = cited.map((id) => {
    const number = sources.findIndex((source) => source.id === id) + 1;
    return number > 0 ? String(number) : `“${id}”`;
  });
  return `${numbers.length === 1 ? 'Source' : 'Sources'} ${numbers.join(', ')}`;
}
