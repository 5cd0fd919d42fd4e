import { formatNumber } from '../describe';
import { readOutRequirement } from '../requirements/read-out';
import { unmeetableGroups } from '../requirements/unmeetable';
import { EDUCATION_LABELS } from '../labels';
import type { PathwayMap } from '../schema/map';
import type { Requirement, RequirementGroup } from '../schema/requirement';
import type { HealthContext } from './context';
import { FINDING_SEVERITY, type UnmeetableRequirementFinding } from './finding';
import { nameOf, occupationName } from './wording';

/** The node at a path like `of[1].of[0]` inside a tree. */
function nodeAt(tree: Requirement, path: string): Requirement | undefined {
  let node: Requirement | undefined = tree;
  for (const match of path.matchAll(/of\[(\d+)\]/g)) node = node && 'of' in node ? (node as RequirementGroup).of[Number(match[1])] : undefined;
  return node;
}

/**
 * Requirement groups no choice can meet: "any 3 of" two items, an "any" of nothing. Nobody could
 * ever make that move (or start that step), so the map says something it does not mean.
 */
export function findUnmeetableRequirements(map: PathwayMap, context: HealthContext): UnmeetableRequirementFinding[] {
  const words = {
    titleOf: (id: string) => map.occupations[context.occupationIndex.get(id) ?? -1]?.title ?? map.steps[context.stepIndex.get(id) ?? -1]?.title,
    educationLabel: (level: keyof typeof EDUCATION_LABELS) => EDUCATION_LABELS[level],
  };
  const owners = [
    ...map.transitions.map((transition, index) => ({
      tree: transition.requirements,
      path: `transitions[${index}].requirements`,
      targetId: transition.id,
      targetKind: 'transition' as const,
      what: `The move from ${occupationName(map, context, transition.from)} to ${occupationName(map, context, transition.to)}`,
    })),
    ...map.steps.map((step, index) => ({
      tree: step.toGetIn,
      path: `steps[${index}].toGetIn`,
      targetId: step.id,
      targetKind: 'step' as const,
      what: `The way into ${nameOf(step.title)}`,
    })),
  ];
  return owners.flatMap(({ tree, path, targetId, targetKind, what }) =>
    tree === undefined
      ? []
      : unmeetableGroups(tree).map((group): UnmeetableRequirementFinding => {
          const node = nodeAt(tree, group.path);
          const items = node && 'of' in node ? (node as RequirementGroup).of.length : group.available;
          const said = node ? nameOf(readOutRequirement(node, words)) : 'a group';
          return {
            code: 'unmeetable-requirement',
            severity: FINDING_SEVERITY['unmeetable-requirement'],
            targetId,
            targetKind,
            path: group.path === '' ? path : `${path}.${group.path}`,
            needed: group.needed,
            available: group.available,
            message:
              items < group.needed
                ? `${what} asks for ${formatNumber(group.needed)} of ${formatNumber(items)} ${items === 1 ? 'choice' : 'choices'} (${said}), so nobody can meet it. Lower the number or add the missing choices.`
                : `${what} can never be met: ${said} needs ${formatNumber(group.needed)}, and only ${formatNumber(group.available)} can be had. Fix the group.`,
          };
        }),
  );
}
