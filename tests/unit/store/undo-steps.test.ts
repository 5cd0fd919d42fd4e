import { describe, expect, it } from 'vitest';
import { updateMapFields } from '../../../src/domain/commands/map-fields';
import { addOccupation, moveOccupations } from '../../../src/domain/commands/occupations';
import { selectCanRedo, selectCanUndo, selectMap, useAppStore } from '../../../src/store/app-store';
import { map, mapId, store } from './fresh-map-store';

const add = (title: string, position?: { x: number; y: number }) =>
  store().apply(mapId, (draft) => addOccupation(draft, { title, ...(position ? { position } : {}) }), { capture: 'step' }) ?? '';
// As the editor places cards: only a card that is there and has no place yet, and not as an undo step.
const place = (id: string, x: number, y: number) =>
  store().apply(
    mapId,
    (draft) => {
      if (draft.occupations.some((occupation) => occupation.id === id && occupation.position === undefined)) moveOccupations(draft, new Map([[id, { x, y }]]));
    },
    { capture: 'never' },
  );

describe('changes that are not undo steps of their own', () => {
  it('placing cards when a map opens leaves Undo unavailable, and is saved in the map', () => {
    const id = add('Welder');
    useAppStore.setState({ histories: {} }); // as when the map is opened again: no history yet
    place(id, 120, 80);
    expect(map().occupations[0]?.position).toEqual({ x: 120, y: 80 });
    expect(selectCanUndo(mapId)(store())).toBe(false);
  });

  it('placing new cards joins the step that added them: one Undo takes both away, one Redo brings both back', () => {
    add('Welder', { x: 0, y: 0 });
    const fitter = add('Pipefitter');
    place(fitter, 300, 40);
    store().undo(mapId);
    expect(map().occupations.map((o) => o.title)).toEqual(['Welder']);
    store().redo(mapId);
    expect(map().occupations[1]).toMatchObject({ title: 'Pipefitter', position: { x: 300, y: 40 } });
    expect(selectCanRedo(mapId)(store())).toBe(false);
    store().undo(mapId);
    store().undo(mapId);
    expect(map().occupations).toEqual([]);
    expect(selectCanUndo(mapId)(store())).toBe(false);
  });

  it('an edit made while cards are being placed keeps their places when it is undone', () => {
    const id = add('Welder');
    useAppStore.setState({ histories: {} }); // opened: the card has no place yet, and no history
    store().apply(mapId, (draft) => updateMapFields(draft, { title: 'Renamed while placing' }), { capture: 'step' });
    place(id, 120, 80); // the layout lands after the edit
    store().undo(mapId);
    expect(map().title).toBe('Test map');
    expect(map().occupations[0]?.position).toEqual({ x: 120, y: 80 });
    store().redo(mapId);
    expect(map()).toMatchObject({ title: 'Renamed while placing', occupations: [{ position: { x: 120, y: 80 } }] });
  });

  it('does nothing to a map that is not in the library', () => {
    store().apply('no-such-map', (draft) => updateMapFields(draft, { title: 'Changed' }), { capture: 'never' });
    expect(store().entries['no-such-map']).toBeUndefined();
  });
});

describe('paste', () => {
  const copyWelder = () => {
    const welder = add('Welder', { x: 0, y: 0 });
    store().select(mapId, { occupationIds: [welder], transitionIds: [] });
    store().copySelection(mapId);
  };

  it('says what it pasted', () => {
    copyWelder();
    expect(store().notice?.text).toBe('Copied 1 occupation.');
    const otherId = store().createMap('Other map');
    store().paste(otherId);
    expect(store().notice).toMatchObject({ tone: 'info', text: 'Pasted 1 occupation.', mapId: otherId });
  });

  it('puts each repeated paste in a new spot, one undo step each', () => {
    copyWelder();
    const otherId = store().createMap('Other map');
    store().paste(otherId);
    store().paste(otherId);
    const positions = selectMap(otherId)(store())!.occupations.map((o) => o.position);
    expect(positions).toEqual([
      { x: 40, y: 40 },
      { x: 80, y: 80 },
    ]);
    store().undo(otherId);
    expect(selectMap(otherId)(store())!.occupations).toHaveLength(1);
  });

  it('puts a duplicate beside an earlier duplicate, not on it', () => {
    copyWelder();
    store().duplicateSelection(mapId);
    store().select(mapId, { occupationIds: [map().occupations[0]!.id], transitionIds: [] });
    store().duplicateSelection(mapId);
    expect(new Set(map().occupations.map((o) => `${o.position?.x},${o.position?.y}`)).size).toBe(3);
  });
});
