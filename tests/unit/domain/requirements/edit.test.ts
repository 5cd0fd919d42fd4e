import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import {
  addRequirement,
  editTree,
  moveRequirement,
  removeRequirement,
  replaceRequirement,
  requirementAt,
  setGroupNeed,
  setItemFields,
} from '../../../../src/domain/requirements/edit';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import type { RequirementGroup } from '../../../../src/domain/schema/requirement';

const adn = { type: 'credential' as const, text: 'ADN' };
const bsn = { type: 'credential' as const, text: 'BSN' };
const cna = { type: 'credential' as const, text: 'CNA certificate' };
const nursing = (): RequirementGroup => ({ type: 'all', of: [cna, { type: 'any', of: [adn, bsn] }] });

describe('editing a requirement tree', () => {
  it('adds at the end of a group, nested or not, and says where', () => {
    let place: number[] | undefined;
    const tree = editTree(nursing(), (draft) => {
      place = addRequirement(draft, [1], { type: 'credential', text: 'Diploma in nursing' });
    });
    expect(place).toEqual([1, 2]);
    expect(requirementAt(tree, [1, 2])).toEqual({ type: 'credential', text: 'Diploma in nursing' });
    // An item is no group: nothing is added under it.
    expect(editTree(nursing(), (draft) => addRequirement(draft, [0], adn))).toEqual(nursing());
  });

  it('removes, moves and replaces at a place, leaving the tree it was given unchanged', () => {
    const before = nursing();
    expect(editTree(before, (draft) => removeRequirement(draft, [1, 0]))).toEqual({ type: 'all', of: [cna, { type: 'any', of: [bsn] }] });
    expect(editTree(before, (draft) => moveRequirement(draft, [1], -1))).toEqual({ type: 'all', of: [{ type: 'any', of: [adn, bsn] }, cna] });
    expect(editTree(before, (draft) => replaceRequirement(draft, [0], { type: 'all', of: [cna] }))).toEqual({
      type: 'all',
      of: [{ type: 'all', of: [cna] }, { type: 'any', of: [adn, bsn] }],
    });
    expect(before).toEqual(nursing());
  });

  it('refuses what has no place: the root, a place past the end, a move off either end', () => {
    const tree = nursing();
    expect(editTree(tree, (draft) => removeRequirement(draft, []))).toBe(tree);
    expect(editTree(tree, (draft) => removeRequirement(draft, [5]))).toBe(tree);
    let moved: number[] | undefined = [];
    expect(
      editTree(tree, (draft) => {
        moved = moveRequirement(draft, [0], -1);
      }),
    ).toBe(tree);
    expect(moved).toBeUndefined();
    expect(editTree(tree, (draft) => moveRequirement(draft, [1, 1], 1))).toBe(tree);
  });

  it('sets and clears an item\'s fields, keeping its type unless a new one is given', () => {
    const tree = editTree(nursing(), (draft) => {
      setItemFields(draft, [0], { text: undefined, cardId: 'cna', months: 2 });
      setItemFields(draft, [1, 1], { type: 'program' });
    });
    expect(requirementAt(tree, [0])).toEqual({ type: 'credential', cardId: 'cna', months: 2 });
    expect(requirementAt(tree, [1, 1])).toEqual({ type: 'program', text: 'BSN' });
  });

  it('turns a group into "any N of" and back, writing no count for the default 1', () => {
    const any2 = editTree(nursing(), (draft) => setGroupNeed(draft, [], { type: 'any', count: 2 }));
    expect(any2).toMatchObject({ type: 'any', count: 2 });
    const any1 = editTree(any2, (draft) => setGroupNeed(draft, [], { type: 'any', count: 1 }));
    expect(any1).toEqual({ type: 'any', of: nursing().of });
    expect(editTree(any2, (draft) => setGroupNeed(draft, [], { type: 'all' }))).toEqual(nursing());
  });

  it('works inside a map command, on the move\'s own draft', () => {
    const map = {
      transitions: [{ id: 'cna-to-rn', from: 'cna', to: 'rn', requirements: nursing() }],
    } as unknown as PathwayMap;
    const { map: after } = applyCommand(map, (draft) => {
      addRequirement(draft.transitions[0]!.requirements!, [], { type: 'license', text: 'NCLEX-RN' });
    });
    expect(after.transitions[0]!.requirements!.of).toHaveLength(3);
    expect(map.transitions[0]!.requirements!.of).toHaveLength(2);
  });
});
