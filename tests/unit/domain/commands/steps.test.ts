import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { addStep, moveSteps, updateStep } from '../../../../src/domain/commands/steps';
import { parseMap } from '../../../../src/domain/parse';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { serializeMap } from '../../../../src/domain/serialize';
import { buildMap } from '../../../support/build-map';

/** Every command must leave a map that the import rules accept. */
function expectValid(map: PathwayMap): void {
  const result = parseMap(serializeMap(map));
  expect(result.ok ? [] : result.errors).toEqual([]);
}

const nursing = () =>
  buildMap({
    schemaVersion: 2,
    occupations: [{ id: 'rn', title: 'Registered Nurse', level: 'advanced' }],
    steps: [{ id: 'nclex-rn', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN' }],
  });

describe('step commands', () => {
  it('adds a step of each kind with the fields its kind needs, a readable id and the place it was given', () => {
    let map = nursing();
    const ids: string[] = [];
    for (const kind of ['credential', 'program', 'experience', 'milestone'] as const) {
      const added = applyCommand(map, (draft) => addStep(draft, kind, { position: { x: 10, y: 20 }, level: 'entry' }));
      map = added.map;
      ids.push(added.result);
    }
    expect(ids).toEqual(['new-credential', 'new-program', 'new-experience', 'new-milestone']);
    expect(map.steps.slice(1)).toEqual([
      { id: 'new-credential', kind: 'credential', title: 'New credential', credentialType: 'certificate', level: 'entry', position: { x: 10, y: 20 } },
      { id: 'new-program', kind: 'program', title: 'New program', programType: 'training', level: 'entry', position: { x: 10, y: 20 } },
      { id: 'new-experience', kind: 'experience', title: 'New experience', level: 'entry', position: { x: 10, y: 20 } },
      { id: 'new-milestone', kind: 'milestone', title: 'New milestone', level: 'entry', position: { x: 10, y: 20 } },
    ]);
    expectValid(map);
  });

  it('never gives a new step an id another card or step already has', () => {
    const first = applyCommand(nursing(), (draft) => addStep(draft, 'credential', { title: 'NCLEX-RN' }));
    const second = applyCommand(first.map, (draft) => addStep(draft, 'milestone', { title: 'RN' }));
    expect([first.result, second.result]).toEqual(['nclex-rn-2', 'rn-2']);
  });

  it('sets and clears fields of one step, and never its id or kind', () => {
    const map = nursing();
    const costed = applyCommand(map, (draft) => updateStep(draft, 'nclex-rn', { costUsd: 200, issuer: 'NCSBN' })).map;
    expect(costed.steps[0]).toMatchObject({ id: 'nclex-rn', costUsd: 200, issuer: 'NCSBN' });
    const cleared = applyCommand(costed, (draft) => updateStep(draft, 'nclex-rn', { costUsd: undefined })).map;
    expect(cleared.steps[0]).not.toHaveProperty('costUsd');
    const kept = applyCommand(cleared, (draft) => updateStep(draft, 'nclex-rn', { id: 'other', kind: 'milestone' })).map;
    expect(kept.steps[0]).toMatchObject({ id: 'nclex-rn', kind: 'credential' });
    expect(applyCommand(map, (draft) => updateStep(draft, 'nobody', { title: 'X' })).map).toBe(map);
    expectValid(cleared);
  });

  it('saves the positions of dragged steps only', () => {
    const map = applyCommand(nursing(), (draft) => moveSteps(draft, new Map([['nclex-rn', { x: 5, y: 6 }], ['rn', { x: 1, y: 1 }]]))).map;
    expect(map.steps[0]?.position).toEqual({ x: 5, y: 6 });
    expect(map.occupations[0]?.position).toBeUndefined();
  });
});
