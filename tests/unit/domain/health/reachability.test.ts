import { describe, expect, it } from 'vitest';
import { findUnreachable } from '../../../../src/domain/health/reachability';
import { run, targets } from './helpers';

const move = (from: string, to: string, kind?: string) => ({ id: `${from}-${to}`, from, to, ...(kind ? { kind } : {}) });

describe('findUnreachable', () => {
  it('flags an occupation no move from an entry-level job leads to, with its path and what to do', () => {
    const findings = run(findUnreachable, {
      occupations: [
        { id: 'cna', title: 'Nursing Assistant', level: 'entry' },
        { id: 'lpn', title: 'Licensed Practical Nurse', level: 'middle' },
        { id: 'rn', title: 'Registered Nurse', level: 'advanced' },
      ],
      transitions: [move('cna', 'lpn')],
    });
    expect(findings).toEqual([
      {
        code: 'unreachable',
        severity: 'warning',
        targetId: 'rn',
        targetKind: 'occupation',
        path: 'occupations[2]',
        message:
          "Registered Nurse can't be reached from any entry-level occupation. Add a move into it, or set its level to entry if people start there.",
      },
    ]);
  });

  it('finds nothing when every occupation is an entry job or reached through a chain of moves of any kind', () => {
    const findings = run(findUnreachable, {
      occupations: [
        { id: 'a', title: 'A', level: 'entry' },
        { id: 'b', title: 'B', level: 'middle' },
        { id: 'c', title: 'C' },
        { id: 'd', title: 'D', level: 'advanced' },
        { id: 'e', title: 'E', level: 'entry' },
      ],
      transitions: [move('a', 'b', 'advancement'), move('b', 'c', 'lateral'), move('c', 'd', 'entry')],
    });
    expect(findings).toEqual([]);
  });

  it('follows moves only in their direction', () => {
    const findings = run(findUnreachable, {
      occupations: [
        { id: 'entry', title: 'Entry', level: 'entry' },
        { id: 'feeder', title: 'Feeder', level: 'middle' },
      ],
      transitions: [move('feeder', 'entry')],
    });
    expect(targets(findings)).toEqual(['unreachable feeder']);
  });

  it('ends on cycles, and flags a cycle that no entry job leads into', () => {
    const findings = run(findUnreachable, {
      occupations: [
        { id: 'a', title: 'A', level: 'entry' },
        { id: 'b', title: 'B', level: 'middle' },
        { id: 'c', title: 'C', level: 'middle' },
        { id: 'x', title: 'X', level: 'middle' },
        { id: 'y', title: 'Y', level: 'advanced' },
      ],
      transitions: [move('a', 'b'), move('b', 'c'), move('c', 'b'), move('c', 'a'), move('x', 'y'), move('y', 'x')],
    });
    expect(targets(findings)).toEqual(['unreachable x', 'unreachable y']);
  });

  it('does not treat an occupation without a level as a way in', () => {
    const findings = run(findUnreachable, {
      occupations: [
        { id: 'a', title: 'A', level: 'entry' },
        { id: 'unlevelled', title: 'No level' },
      ],
    });
    expect(targets(findings)).toEqual(['unreachable unlevelled']);
  });

  it('gives one map-wide finding, not one per card, when no occupation is at entry level', () => {
    const findings = run(findUnreachable, {
      id: 'nursing',
      occupations: [
        { id: 'lpn', title: 'LPN', level: 'middle' },
        { id: 'rn', title: 'RN', level: 'advanced' },
        { id: 'other', title: 'Other' },
      ],
      transitions: [move('lpn', 'rn')],
    });
    expect(findings).toEqual([
      {
        code: 'no-entry-level',
        severity: 'warning',
        targetId: 'nursing',
        targetKind: 'map',
        path: 'occupations',
        message: 'No occupation is at entry level, so the map has no way in. Set the level of the jobs people start in to entry.',
      },
    ]);
  });

  it('finds nothing on a map with no occupations yet', () => {
    expect(run(findUnreachable, {})).toEqual([]);
  });
});
