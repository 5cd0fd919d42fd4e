import type { PathwayMap } from '../schema/map';
import { itemSaysSomething } from '../requirements/says-something';
import { requirementItems } from '../requirements/walk';
import type { HealthContext } from './context';
import { FINDING_SEVERITY, type NoRequirementsFinding } from './finding';
import { occupationName } from './wording';

/**
 * No requirements: a transition whose `requirements` is absent, empty, or holds only blank items. Every
 * kind counts: a lateral move or a way in takes something too, and a coach needs to say what.
 */
export function findMissingRequirements(map: PathwayMap, context: HealthContext): NoRequirementsFinding[] {
  return map.transitions.flatMap((transition, index): NoRequirementsFinding[] => {
    if (requirementItems(transition.requirements).some(({ item }) => itemSaysSomething(item))) return [];
    const from = occupationName(map, context, transition.from);
    const to = occupationName(map, context, transition.to);
    return [
      {
        code: 'no-requirements',
        severity: FINDING_SEVERITY['no-requirements'],
        targetId: transition.id,
        targetKind: 'transition',
        path: `transitions[${index}].requirements`,
        message: `The move from ${from} to ${to} lists no requirements. Add what it takes, such as a license, a program or experience.`,
      },
    ];
  });
}
