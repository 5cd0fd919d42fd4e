import { beforeEach, describe, expect, it } from 'vitest';
import { updateMapFields } from '../../../src/domain/commands/map-fields';
import { addOccupation, updateOccupation } from '../../../src/domain/commands/occupations';
import { useAppStore } from '../../../src/store/app-store';
import { followTitle, publishMap } from '../../../src/store/publish-map';

const initialState = useAppStore.getState();
beforeEach(() => {
  useAppStore.setState(initialState, true);
  localStorage.clear();
});

/** A new map with one card added and then titled, through the store as the editor does it. */
function newMapWithTitledCard(title: string): string {
  const store = useAppStore.getState();
  const mapId = store.createMap('Untitled map');
  const cardId = store.apply(mapId, (draft) => addOccupation(draft, { title: 'New occupation' }), { capture: 'step' }) ?? '';
  store.apply(mapId, (draft) => updateOccupation(draft, cardId, { title }), { capture: 'step' });
  store.apply(mapId, (draft) => updateMapFields(draft, { title: 'Massachusetts IT apprenticeships' }), { capture: 'step' });
  useAppStore.getState().select(mapId, { occupationIds: [cardId], transitionIds: [] });
  return mapId;
}

describe('publishMap: ids as a map leaves the app', () => {
  it('gives the map and its titled cards readable ids, and the selection follows', () => {
    const mapId = newMapWithTitledCard('Help Desk Technician');
    expect(mapId).toBe('untitled-map');
    const published = publishMap(mapId);
    expect(published?.id).toBe('massachusetts-it-apprenticeships');
    expect(published?.occupations.map((occupation) => occupation.id)).toEqual(['help-desk-technician']);
    const state = useAppStore.getState();
    expect(Object.hasOwn(state.entries, 'untitled-map')).toBe(false);
    expect(state.order).toContain('massachusetts-it-apprenticeships');
    expect(state.selection.occupationIds).toEqual(['help-desk-technician']);
  });

  it('keeps ids stable once exported: a card exported untitled keeps its id when titled later', () => {
    const store = useAppStore.getState();
    const mapId = store.createMap('Untitled map');
    store.apply(mapId, (draft) => addOccupation(draft, { title: 'New occupation' }), { capture: 'step' });
    const first = publishMap(mapId);
    expect(first?.occupations[0]?.id).toBe('new-occupation');
    useAppStore.getState().apply(mapId, (draft) => updateOccupation(draft, 'new-occupation', { title: 'Help Desk Technician' }), { capture: 'step' });
    useAppStore.getState().apply(mapId, (draft) => updateMapFields(draft, { title: 'IT ladder' }), { capture: 'step' });
    const second = publishMap(mapId);
    expect(second?.id).toBe('untitled-map');
    expect(second?.occupations[0]?.id).toBe('new-occupation');
  });

  it('undo after export never brings back a placeholder id', () => {
    const mapId = newMapWithTitledCard('Help Desk Technician');
    const published = publishMap(mapId);
    const id = published?.id ?? '';
    useAppStore.getState().undo(id);
    const map = useAppStore.getState().entries[id]?.map;
    expect(map?.occupations.map((occupation) => occupation.id)).toEqual(['help-desk-technician']);
  });

  it('a rename in the library gives an unpublished untitled map its id from the title', () => {
    const mapId = useAppStore.getState().createMap('Untitled map');
    useAppStore.getState().renameMap(mapId, 'Early education ladder');
    expect(followTitle(mapId)).toBe('early-education-ladder');
    expect(useAppStore.getState().entries['early-education-ladder']?.map.title).toBe('Early education ladder');
  });
});
