import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { removeElements } from '../../../../src/domain/commands/remove';
import { checkLooseReferences } from '../../../../src/domain/checks/references';
import { PathwayMap } from '../../../../src/domain/schema/map';

const withGoal = (goalId: string) =>
  PathwayMap.parse({
    schemaVersion: 2,
    id: 'nursing',
    title: 'Nursing',
    goalId,
    occupations: [
      { id: 'cna', title: 'Nursing Assistant' },
      { id: 'rn', title: 'Registered Nurse' },
    ],
  });

describe("the map's default goal (goalId)", () => {
  it('goes with its card when the card is removed, and stays when another card goes', () => {
    expect(applyCommand(withGoal('rn'), (draft) => removeElements(draft, ['rn'])).map).not.toHaveProperty('goalId');
    expect(applyCommand(withGoal('rn'), (draft) => removeElements(draft, ['cna'])).map.goalId).toBe('rn');
  });

  it('is a warning when it names no occupation of the map', () => {
    expect(checkLooseReferences(withGoal('rn'))).toEqual([]);
    // A CTDL destination may be a credential or a course: a card, not a dangling name.
    expect(checkLooseReferences({ ...withGoal('rn-license'), steps: [{ id: 'rn-license', kind: 'milestone', title: 'RN license' }] })).toEqual([]);
    expect(checkLooseReferences(withGoal('lpn'))).toEqual([{ path: 'goalId', message: 'names the card "lpn", which isn\'t on this map' }]);
  });
});
