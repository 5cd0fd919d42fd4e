import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { copyFragment, pasteFragment } from '../../../../src/domain/commands/fragment';
import { withReadableIds } from '../../../../src/domain/commands/readable-ids';
import { removeElements } from '../../../../src/domain/commands/remove';
import { addStep } from '../../../../src/domain/commands/steps';
import { connect } from '../../../../src/domain/commands/transitions';
import { parseMap } from '../../../../src/domain/parse';
import { serializeMap } from '../../../../src/domain/serialize';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { buildMap } from '../../../support/build-map';

/** CNA → RN, which takes the CNA certificate step and "any 1 of" the ADN and BSN steps. */
const nursing = () =>
  buildMap({
    schemaVersion: 2,
    occupations: [
      { id: 'cna', title: 'CNA', level: 'entry' },
      { id: 'rn', title: 'RN', level: 'advanced' },
    ],
    steps: [
      { id: 'cna-cert', kind: 'credential', credentialType: 'certificate', title: 'CNA certificate', level: 'entry' },
      { id: 'adn', kind: 'credential', credentialType: 'degree', title: 'ADN', toGetIn: { type: 'all', of: [{ type: 'credential', cardId: 'cna-cert' }] } },
      { id: 'bsn', kind: 'credential', credentialType: 'degree', title: 'BSN' },
    ],
    transitions: [
      { id: 'cert-to-cna', from: 'cna-cert', to: 'cna', kind: 'entry' },
      {
        id: 'cna-to-rn',
        from: 'cna',
        to: 'rn',
        requirements: { type: 'all', of: [{ type: 'any', count: 1, of: [{ type: 'credential', cardId: 'adn' }, { type: 'credential', text: 'Bachelor of Science in Nursing', cardId: 'bsn' }] }] },
      },
    ],
  });

const run = <R>(map: PathwayMap, recipe: Parameters<typeof applyCommand<R>>[1]) => applyCommand(map, recipe);
const stillValid = (map: PathwayMap) => expect(parseMap(serializeMap(map)).ok).toBe(true);

describe('step cards in the map commands', () => {
  it('removing a step takes its moves and unlinks the requirements that named it, keeping their words', () => {
    const { map } = run(nursing(), (draft) => removeElements(draft, ['adn', 'bsn', 'cna-cert']));
    expect(map.steps).toEqual([]);
    expect(map.transitions.map((t) => t.id)).toEqual(['cna-to-rn']);
    expect(map.transitions[0]?.requirements).toEqual({
      type: 'all',
      of: [{ type: 'any', count: 1, of: [{ type: 'credential', text: 'ADN' }, { type: 'credential', text: 'Bachelor of Science in Nursing' }] }],
    });
    stillValid(map);
  });

  it('adds a step with an id unused by any card or move, and moves may join a step and a job', () => {
    const { map, result } = run(nursing(), (draft) => addStep(draft, 'credential', { title: 'CNA to RN' }));
    expect(result).toBe('cna-to-rn-2');
    const joined = run(map, (draft) => connect(draft, 'bsn', 'rn'));
    expect(joined.result).toEqual({ ok: true, id: 'bsn-to-rn' });
    expect(run(map, (draft) => connect(draft, 'bsn', 'ghost')).result).toEqual({ ok: false, reason: 'Both ends of a move must be cards on this map.' });
    stillValid(joined.map);
  });

  it('gives a titled step its readable id at export, and the requirements that name it follow', () => {
    const added = run(nursing(), (draft) => addStep(draft, 'program'));
    expect(added.result).toBe('new-program');
    const named = run(added.map, (draft) => {
      const step = draft.steps.find((s) => s.id === 'new-program')!;
      step.title = 'LPN bridge program';
      draft.steps.find((s) => s.id === 'bsn')!.toGetIn = { type: 'all', of: [{ type: 'program', cardId: 'new-program' }] };
    }).map;
    const { map } = run(named, (draft) => withReadableIds(draft, new Set()));
    expect(map.steps.map((s) => s.id)).toEqual(['cna-cert', 'adn', 'bsn', 'lpn-bridge-program']);
    expect(map.steps[2]?.toGetIn).toEqual({ type: 'all', of: [{ type: 'program', cardId: 'lpn-bridge-program' }] });
    stillValid(map);
  });

  it('copies and pastes steps with fresh ids; links follow pasted cards and become words for cards left behind', () => {
    const original = nursing();
    const fragment = copyFragment(original, ['cna', 'rn', 'adn']);
    const { map, result } = run(original, (draft) => pasteFragment(draft, fragment, { x: 40, y: 40 }));
    expect(result).toEqual(['cna-2', 'rn-2', 'adn-2']);
    const pastedMove = map.transitions.find((t) => t.from === 'cna-2');
    expect(pastedMove?.requirements).toEqual({
      type: 'all',
      of: [{ type: 'any', count: 1, of: [{ type: 'credential', cardId: 'adn-2' }, { type: 'credential', text: 'Bachelor of Science in Nursing' }] }],
    });
    // The ADN's way in named the CNA certificate, which was not copied: its title stays as words.
    expect(map.steps.find((s) => s.id === 'adn-2')?.toGetIn).toEqual({ type: 'all', of: [{ type: 'credential', text: 'CNA certificate' }] });
    stillValid(map);
  });
});
