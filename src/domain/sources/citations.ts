import { requirementItems } from '../requirements/walk';
import type { Requirement } from '../schema/requirement';
import type { PathwayMap } from '../schema/map';

/** One place a map cites a source: the file path of the reference and what it is in words. */
export type Citation = { sourceId: string; path: string; where: string };

const cardTitle = (map: PathwayMap, id: string) =>
  map.occupations.find((card) => card.id === id)?.title ?? map.steps.find((card) => card.id === id)?.title ?? id;

const list = (ids: readonly string[] | undefined, path: string, where: string): Citation[] =>
  (ids ?? []).map((sourceId, index) => ({ sourceId, path: `${path}.sourceIds[${index}]`, where }));

function inTree(tree: Requirement | undefined, path: string, where: string): Citation[] {
  return requirementItems(tree).flatMap(({ item, path: inner }) =>
    list(item.sourceIds, inner === '' ? path : `${path}.${inner}`, `${where}: ${item.text?.trim() || item.type}`),
  );
}

/**
 * Every reference to a source on the map, in file order: wages, labor figures, training programs and
 * hiring events (one `sourceId` each) and the `sourceIds` of credentials, apprenticeships, step cards,
 * moves and requirement items.
 * The validator and the editor's "cited by" both read this list, so they can't disagree.
 */
export function citations(map: PathwayMap): Citation[] {
  const found: Citation[] = [];
  map.occupations.forEach((occupation, index) => {
    const at = `occupations[${index}]`;
    if (occupation.wage?.sourceId !== undefined) {
      found.push({ sourceId: occupation.wage.sourceId, path: `${at}.wage.sourceId`, where: `Wage of ${occupation.title}` });
    }
    if (occupation.labor?.sourceId !== undefined) {
      found.push({ sourceId: occupation.labor.sourceId, path: `${at}.labor.sourceId`, where: `Labor figures of ${occupation.title}` });
    }
    if (occupation.highGrowthSourceId !== undefined) {
      found.push({ sourceId: occupation.highGrowthSourceId, path: `${at}.highGrowthSourceId`, where: `Bright Outlook flag of ${occupation.title}` });
    }
    // An earlier wage (replaced from a sheet) still cites the table it came from: that source stays.
    occupation.wageHistory?.forEach((earlier, position) => {
      if (earlier.sourceId === undefined) return;
      found.push({ sourceId: earlier.sourceId, path: `${at}.wageHistory[${position}].sourceId`, where: `Earlier wage of ${occupation.title}` });
    });
    occupation.credentials?.forEach((credential, position) => {
      found.push(...list(credential.sourceIds, `${at}.credentials[${position}]`, `Credential: ${credential.name} of ${occupation.title}`));
    });
    found.push(...list(occupation.apprenticeship?.sourceIds, `${at}.apprenticeship`, `Apprenticeship of ${occupation.title}`));
    occupation.training?.forEach((program, position) => {
      if (program.sourceId === undefined) return;
      found.push({ sourceId: program.sourceId, path: `${at}.training[${position}].sourceId`, where: `Training program ${program.name} of ${occupation.title}` });
    });
  });
  map.steps.forEach((step, index) => {
    found.push(...list(step.sourceIds, `steps[${index}]`, step.title));
    found.push(...inTree(step.toGetIn, `steps[${index}].toGetIn`, `Way into ${step.title}`));
  });
  map.transitions.forEach((move, index) => {
    const where = `Move ${cardTitle(map, move.from)} → ${cardTitle(map, move.to)}`;
    found.push(...list(move.sourceIds, `transitions[${index}]`, where));
    found.push(...inTree(move.requirements, `transitions[${index}].requirements`, `Requirement of ${where}`));
  });
  map.hiringEvents.forEach((event, index) => {
    if (event.sourceId !== undefined) {
      found.push({ sourceId: event.sourceId, path: `hiringEvents[${index}].sourceId`, where: `Hiring event: ${event.employer}, ${event.date.slice(0, 10)}` });
    }
  });
  return found;
}

/** Where one source is cited. */
export function citationsOf(map: PathwayMap, sourceId: string): Citation[] {
  return citations(map).filter((citation) => citation.sourceId === sourceId);
}
