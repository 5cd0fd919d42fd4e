import { describe, expect, it } from 'vitest';
import { addOccupation, updateOccupation } from '../../../src/domain/commands/occupations';
import { selectCanRedo, selectCanUndo, selectMap } from '../../../src/store/app-store';
import { selectionIn } from '../../../src/store/editor-slice';
import { map, mapId, store } from './fresh-map-store';

/** Adds a card and selects it, as the editor's "Add occupation" does. */
const add = (title: string) => {
  const id = store().apply(mapId, (draft) => addOccupation(draft, { title }), { capture: 'step' }) ?? '';
  store().select(mapId, { occupationIds: [id], transitionIds: [] });
  return id;
};

describe('editor store', () => {
  it('undoes and redoes every change, with Undo and Redo available only when they do something', () => {
    expect(selectCanUndo(mapId)(store())).toBe(false);
    add('Welder');
    add('Pipefitter');
    expect(map().occupations.map((o) => o.title)).toEqual(['Welder', 'Pipefitter']);
    store().undo(mapId);
    expect(map().occupations.map((o) => o.title)).toEqual(['Welder']);
    expect(selectCanRedo(mapId)(store())).toBe(true);
    store().redo(mapId);
    expect(map().occupations.map((o) => o.title)).toEqual(['Welder', 'Pipefitter']);
    expect(selectCanRedo(mapId)(store())).toBe(false);
  });

  it('makes one undo step of a typing burst in one field', () => {
    const id = add('W');
    for (const title of ['We', 'Wel', 'Weld', 'Welder']) {
      store().apply(mapId, (draft) => updateOccupation(draft, id, { title }), { capture: 'join', key: `occupation:${id}:title` });
    }
    store().undo(mapId);
    expect(map().occupations[0]?.title).toBe('W');
  });

  it('keeps the selection on what still exists after undo', () => {
    const welder = add('Welder');
    const fitter = add('Pipefitter');
    store().select(mapId, { occupationIds: [welder, fitter], transitionIds: [] });
    store().undo(mapId);
    expect(store().selection.occupationIds).toEqual([welder]);
  });

  it('stamps updatedAt on each change and leaves other maps alone', () => {
    const otherId = store().createMap('Other map');
    const otherBefore = selectMap(otherId)(store());
    add('Welder');
    expect(map().updatedAt).toEqual(expect.any(String));
    expect(selectMap(otherId)(store())).toBe(otherBefore);
  });

  it('pastes copied occupations into another map with fresh ids and selects them', () => {
    const welder = add('Welder');
    store().select(mapId, { occupationIds: [welder], transitionIds: [] });
    store().copySelection(mapId);
    const otherId = store().createMap('Other map');
    store().paste(otherId);
    expect(selectMap(otherId)(store())?.occupations.map((o) => o.title)).toEqual(['Welder']);
    store().paste(otherId);
    const pasted = selectMap(otherId)(store())!.occupations.map((o) => o.id);
    expect(new Set(pasted).size).toBe(2);
    expect(store().selection.occupationIds).toEqual([pasted[1]]);
  });

  it('duplicates the selection in one undoable step', () => {
    const welder = add('Welder');
    store().select(mapId, { occupationIds: [welder], transitionIds: [] });
    store().duplicateSelection(mapId);
    expect(map().occupations).toHaveLength(2);
    store().undo(mapId);
    expect(map().occupations).toHaveLength(1);
  });
});

describe('selection belongs to one map', () => {
  it('is not seen, copied or duplicated in another map with the same card ids', () => {
    const welder = add('Welder');
    store().select(mapId, { occupationIds: [welder], transitionIds: [] });
    const otherId = store().createMap('Other map');
    store().apply(otherId, (draft) => void draft.occupations.push({ id: welder, title: 'Not selected' }), { capture: 'step' });
    expect(selectionIn(store(), otherId)).toEqual({ occupationIds: [], transitionIds: [] });
    store().duplicateSelection(otherId);
    expect(selectMap(otherId)(store())?.occupations).toHaveLength(1);
    store().enterMap(otherId);
    expect(selectionIn(store(), mapId).occupationIds).toEqual([]);
  });
});
