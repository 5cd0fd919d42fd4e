import { cardTitles, requirementTrees } from '../cards';
import { quote } from '../describe';
import type { ParseIssue } from '../issues';
import { findRequirementCycles } from '../requirements/cycles';
import { requirementItems } from '../requirements/walk';
import type { PathwayMap } from '../schema/map';

const at = (path: string, inner: string) => (inner === '' ? path : `${path}.${inner}`);

/**
 * Requirements must name cards that are on the map, and no card's way in may require, directly or
 * through other cards' ways in, that card itself (nobody could ever start it). Each problem is
 * named where it is: `transitions[3].requirements.of[1].cardId`.
 */
export function checkRequirements(map: PathwayMap): ParseIssue[] {
  const titles = cardTitles(map);
  const errors: ParseIssue[] = [];
  for (const { tree, path } of requirementTrees(map)) {
    for (const { item, path: inner } of requirementItems(tree)) {
      if (item.cardId !== undefined && !titles.has(item.cardId)) {
        errors.push({ path: `${at(path, inner)}.cardId`, message: `names the card ${quote(item.cardId)}, which isn't on this map` });
      }
    }
  }
  const cycles = findRequirementCycles(map.steps.map((step, index) => ({ id: step.id, toGetIn: step.toGetIn, path: `steps[${index}].toGetIn` })));
  for (const { path, cycle } of cycles) {
    const loop = cycle.map((id) => quote(titles.get(id) ?? id)).join(' → ');
    errors.push({
      path: `${path}.cardId`,
      message: `makes a loop of requirements (${loop}): each needs the next before it can start, so none ever can. Remove one link of the loop`,
    });
  }
  return errors;
}
