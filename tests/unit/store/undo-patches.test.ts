import { describe, expect, it } from 'vitest';
import { copyFragment } from '../../../src/domain/commands/fragment';
import { updateMapFields } from '../../../src/domain/commands/map-fields';
import { addOccupation, moveOccupations, updateOccupation } from '../../../src/domain/commands/occupations';
import { removeElements } from '../../../src/domain/commands/remove';
import { replaceMap } from '../../../src/domain/commands/replace-map';
import { connect } from '../../../src/domain/commands/transitions';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { selectCanRedo, selectCanUndo, useAppStore } from '../../../src/store/app-store';
import { selectionIn } from '../../../src/store/editor-slice';
import { publishMap } from '../../../src/store/publish-map';
import { buildMap } from '../../support/build-map';
import { map, mapId, store } from './fresh-map-store';

const add = (title: string, position?: { x: number; y: number }) =>
  store().apply(mapId, (draft) => addOccupation(draft, { title, ...(position ? { position } : {}) }), { capture: 'step' }) ?? '';
/** As the editor places cards without a place: only those still unplaced, and not as an undo step. */
const placeUnplaced = (positions: Map<string, { x: number; y: number }>) =>
  store().apply(
    mapId,
    (draft) => {
      const unplaced = new Set(draft.occupations.filter((o) => o.position === undefined).map((o) => o.id));
      moveOccupations(draft, new Map([...positions].filter(([id]) => unplaced.has(id))));
    },
    { capture: 'never' },
  );
/** As a map opens: its cards are there, with no undo history yet. */
const open = (...titles: string[]) => {
  const ids = titles.map((title) => add(title));
  useAppStore.setState({ histories: {} });
  return ids;
};

describe('undo restores the selection saved with the step', () => {
  it('undoing the deletion of a selected card brings the card back selected; redo deletes it again', () => {
    const welder = add('Welder', { x: 0, y: 0 });
    const fitter = add('Pipefitter', { x: 300, y: 0 });
    store().select(mapId, { occupationIds: [welder], transitionIds: [] });
    // As the editor deletes: one step, then nothing is selected.
    store().apply(mapId, (draft) => removeElements(draft, [welder]), { capture: 'step' });
    store().select(mapId, { occupationIds: [], transitionIds: [] });
    store().undo(mapId);
    expect(map().occupations.map((o) => o.id)).toEqual([welder, fitter]);
    expect(selectionIn(store(), mapId)).toEqual({ occupationIds: [welder], transitionIds: [] });
    store().redo(mapId);
    expect(map().occupations.map((o) => o.id)).toEqual([fitter]);
    expect(selectionIn(store(), mapId)).toEqual({ occupationIds: [], transitionIds: [] });
  });

  it('redo restores the selection the step was undone from', () => {
    const welder = add('Welder');
    store().select(mapId, { occupationIds: [welder], transitionIds: [] });
    const pasted = store().paste(mapId, copyFragment(map(), [welder]));
    store().undo(mapId);
    expect(selectionIn(store(), mapId).occupationIds).toEqual([welder]);
    store().redo(mapId);
    expect(selectionIn(store(), mapId).occupationIds).toEqual(pasted);
  });
});

describe('changes without an undo step (capture never)', () => {
  it('placing cards on opening a map is not an undo step, and undoing the first edit after it keeps the places', () => {
    const [welder, fitter] = open('Welder', 'Pipefitter');
    placeUnplaced(new Map([[welder!, { x: 10, y: 20 }], [fitter!, { x: 300, y: 20 }]]));
    expect(selectCanUndo(mapId)(store())).toBe(false);
    store().apply(mapId, (draft) => updateOccupation(draft, welder!, { title: 'Pipe Welder' }), { capture: 'step' });
    store().undo(mapId);
    expect(map().occupations).toEqual([
      { id: welder, title: 'Welder', position: { x: 10, y: 20 } },
      { id: fitter, title: 'Pipefitter', position: { x: 300, y: 20 } },
    ]);
    expect(selectCanUndo(mapId)(store())).toBe(false);
  });

  it('places landing after a deletion survive its undo and redo, though the deletion moved every card after it', () => {
    const [welder, fitter, machinist] = open('Welder', 'Pipefitter', 'Machinist');
    store().apply(mapId, (draft) => removeElements(draft, [welder!]), { capture: 'step' });
    placeUnplaced(new Map([[fitter!, { x: 300, y: 20 }], [machinist!, { x: 600, y: 20 }]])); // the layout lands after the deletion
    store().undo(mapId);
    expect(map().occupations.map((o) => [o.id, o.position])).toEqual([
      [welder, undefined],
      [fitter, { x: 300, y: 20 }],
      [machinist, { x: 600, y: 20 }],
    ]);
    store().redo(mapId);
    expect(map().occupations.map((o) => [o.id, o.position])).toEqual([
      [fitter, { x: 300, y: 20 }],
      [machinist, { x: 600, y: 20 }],
    ]);
  });

  it('the new cards of a merge are placed, and stay placed through undo and redo of the merge', () => {
    add('Welder', { x: 0, y: 0 });
    const merged: PathwayMap = { ...map(), occupations: [...map().occupations, { id: 'fitter', title: 'Pipefitter' }] };
    store().apply(mapId, (draft) => replaceMap(draft, merged), { capture: 'step' });
    placeUnplaced(new Map([['fitter', { x: 300, y: 40 }]]));
    store().undo(mapId);
    expect(map().occupations.map((o) => o.title)).toEqual(['Welder']);
    store().redo(mapId);
    expect(map().occupations[1]).toEqual({ id: 'fitter', title: 'Pipefitter', position: { x: 300, y: 40 } });
  });

  it('a change without a step that adds or removes cards can not be carried through the history: the history goes', () => {
    add('Welder');
    store().apply(mapId, (draft) => void addOccupation(draft, { title: 'Pipefitter' }), { capture: 'never' });
    expect(map().occupations).toHaveLength(2);
    expect(selectCanUndo(mapId)(store())).toBe(false);
  });
});

describe('a command’s result reaches its caller', () => {
  it('add returns the new id, connect its outcome, paste the pasted ids', () => {
    const welder = add('Welder');
    expect(welder).toBe('welder');
    const fitter = add('Welder');
    expect(fitter).toBe('welder-2');
    expect(store().apply(mapId, (draft) => connect(draft, welder, fitter), { capture: 'step' })).toEqual({ ok: true, id: 'welder-to-welder-2' });
    expect(store().apply(mapId, (draft) => connect(draft, welder, welder), { capture: 'step' })).toEqual({ ok: false, reason: '“Welder” can\'t lead to itself.' });
    const pasted = store().paste(mapId, copyFragment(map(), [welder]));
    expect(pasted).toEqual(['welder-3']);
    expect(map().occupations.map((o) => o.id)).toEqual(['welder', 'welder-2', 'welder-3']);
    expect(store().apply('no-such-map', (draft) => addOccupation(draft, { title: 'Lost' }), { capture: 'step' })).toBeUndefined();
  });

  it('a command that changes nothing (a refused connection) makes no undo step', () => {
    const welder = add('Welder');
    useAppStore.setState({ histories: {} });
    const before = map();
    store().apply(mapId, (draft) => connect(draft, welder, welder), { capture: 'step' });
    expect(map()).toBe(before);
    expect(selectCanUndo(mapId)(store())).toBe(false);
  });
});

describe('join', () => {
  it('coalesces a typing burst in one field into one step, holding only the first and last title', () => {
    const welder = add('W');
    for (const title of ['We', 'Wel', 'Weld', 'Welder']) {
      store().apply(mapId, (draft) => updateOccupation(draft, welder, { title }), { capture: 'join', key: `occupation:${welder}:title` });
    }
    const step = store().histories[mapId]!.past.at(-1)!;
    expect(step.patches.filter((patch) => patch.path.at(-1) === 'title').map((patch) => patch.value)).toEqual(['Welder']);
    expect(step.inversePatches.filter((patch) => patch.path.at(-1) === 'title').map((patch) => patch.value)).toEqual(['W']);
    store().undo(mapId);
    expect(map().occupations[0]?.title).toBe('W');
    store().redo(mapId);
    expect(map().occupations[0]?.title).toBe('Welder');
    expect(selectCanRedo(mapId)(store())).toBe(false);
  });
});

describe('history memory follows the change, not the map', () => {
  it('a one-field edit on a 2,000-occupation map records no list of occupations', () => {
    const occupations = Array.from({ length: 2000 }, (_, i) => ({ id: `occ-${i}`, title: `Occupation ${i + 1}`, position: { x: i, y: i } }));
    const big = store().addMap(buildMap({ id: 'big', occupations }));
    store().apply(big, (draft) => updateMapFields(draft, { title: 'Big map' }), { capture: 'step' });
    store().apply(big, (draft) => updateOccupation(draft, 'occ-1500', { title: 'Renamed' }), { capture: 'step' });
    const step = store().histories[big]!.past.at(-1)!;
    const recorded = [...step.patches, ...step.inversePatches];
    expect(recorded.some((patch) => Array.isArray(patch.value))).toBe(false);
    expect(recorded.map((patch) => patch.path.join('/')).sort()).toEqual(['occupations/1500/title', 'occupations/1500/title', 'updatedAt', 'updatedAt']);
    expect(JSON.stringify(recorded).length).toBeLessThan(300);
  });
});

describe('readable ids given as a map leaves the app', () => {
  it('stay through undo and redo of the steps that made and titled the card', () => {
    const card = add('New occupation');
    store().apply(mapId, (draft) => updateOccupation(draft, card, { title: 'Welder' }), { capture: 'step' });
    expect(publishMap(mapId)?.occupations.map((o) => o.id)).toEqual(['welder']);
    store().undo(mapId);
    expect(map().occupations).toEqual([{ id: 'welder', title: 'New occupation' }]);
    store().undo(mapId);
    expect(map().occupations).toEqual([]);
    store().redo(mapId);
    store().redo(mapId);
    expect(map().occupations).toEqual([{ id: 'welder', title: 'Welder' }]);
  });
});
