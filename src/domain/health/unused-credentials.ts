import { referencedCardIds } from '../requirements/walk';
import { requirementTrees } from '../cards';
import type { PathwayMap } from '../schema/map';
import { FINDING_SEVERITY, type UnusedCredentialFinding } from './finding';
import { nameOf } from './wording';

/**
 * A credential nobody requires: a credential step that no move leads from or into and no
 * requirement names. It sits on the map without saying what it is for.
 */
export function findUnusedCredentials(map: PathwayMap): UnusedCredentialFinding[] {
  const used = new Set(map.transitions.flatMap((transition) => [transition.from, transition.to]));
  for (const { tree } of requirementTrees(map)) for (const id of referencedCardIds(tree)) used.add(id);
  return map.steps.flatMap((step, index): UnusedCredentialFinding[] =>
    step.kind !== 'credential' || used.has(step.id)
      ? []
      : [
          {
            code: 'unused-credential',
            severity: FINDING_SEVERITY['unused-credential'],
            targetId: step.id,
            targetKind: 'step',
            path: `steps[${index}]`,
            message: `${nameOf(step.title)} is a credential nothing requires and no move leads from or into. Name it in a move's requirements, or join it to the jobs it leads to.`,
          },
        ],
  );
}
