import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { v1ToV2 } from '../../../src/domain/migrations/v1-to-v2';
import { DEFAULT_LEVELS } from '../../../src/domain/schema/level';
import { validV1Map } from './arbitraries';

const V1 = {
  schemaVersion: 1,
  id: 'nursing',
  title: 'Nursing',
  occupations: [
    { id: 'cna', title: 'CNA', level: 'entry' },
    { id: 'lpn', title: 'LPN', level: 'middle' },
  ],
  transitions: [
    { id: 'cna-lpn', from: 'cna', to: 'lpn', requirements: ['Pass the NCLEX-PN exam', 'LPN certificate'], typicalMonths: 12 },
    { id: 'lpn-cna', from: 'lpn', to: 'cna' },
  ],
  futureField: { kept: true },
};

describe('v1 → v2', () => {
  it('writes the built-in ladder down as the map\'s levels, with the ids cards already use', () => {
    const v2 = v1ToV2(V1);
    expect(v2.levels).toEqual(DEFAULT_LEVELS);
    expect(v2.occupations).toEqual(V1.occupations);
    expect(v2.futureField).toEqual({ kept: true });
  });

  it('turns a list of requirements into an "all of" group of texts, in order, and leaves a move without any alone', () => {
    const [first, second] = v1ToV2(V1).transitions as Record<string, unknown>[];
    expect(first).toEqual({
      id: 'cna-lpn',
      from: 'cna',
      to: 'lpn',
      typicalMonths: 12,
      requirements: { type: 'all', of: [{ type: 'other', text: 'Pass the NCLEX-PN exam' }, { type: 'other', text: 'LPN certificate' }] },
    });
    expect(second).toEqual(V1.transitions[1]);
  });

  it('leaves a value it cannot read as it was, for the validator to name where it is', () => {
    const broken = { ...V1, transitions: [{ id: 't', from: 'cna', to: 'lpn', requirements: 'Pass the exam' }, 'not a move'] };
    expect(v1ToV2(broken).transitions).toEqual(broken.transitions);
  });

  it('never edits the document it is given', () => {
    const frozen = structuredClone(V1);
    v1ToV2(frozen);
    expect(frozen).toEqual(V1);
  });

  it('loses nothing from any valid v1 map: the same occupations, moves and fields, requirements in the same order', () => {
    fc.assert(
      fc.property(validV1Map, (map) => {
        const v1 = JSON.parse(JSON.stringify(map)) as Record<string, unknown> & { transitions: Record<string, unknown>[] };
        const v2 = v1ToV2(v1) as Record<string, unknown> & { transitions: Record<string, unknown>[] };
        const { levels, transitions, ...rest } = v2;
        const { transitions: v1Transitions, ...v1Rest } = v1;
        expect(levels).toEqual(DEFAULT_LEVELS);
        expect(rest).toEqual(v1Rest);
        expect(transitions).toHaveLength(v1Transitions.length);
        transitions.forEach((transition, index) => {
          const { requirements, ...fields } = transition;
          const { requirements: texts, ...v1Fields } = v1Transitions[index]!;
          expect(fields).toEqual(v1Fields);
          const tree = requirements as { type: string; of: { type: string; text: string }[] } | undefined;
          expect(tree?.of.map((item) => item.text)).toEqual(texts);
        });
      }),
    );
  });
});
