import { beforeEach, describe, expect, it } from 'vitest';
import { selectMap, useAppStore } from '../../../src/store/app-store';
import { buildMap } from '../../support/build-map';

const initialState = useAppStore.getState();
beforeEach(() => useAppStore.setState(initialState, true));

const unreadable = { id: 'broken', errors: [{ path: '', message: 'The stored entry has no map text.' }] };

describe('a stored record that cannot be read keeps its id', () => {
  it('an import with that id gets a fresh id, so it can be saved', () => {
    useAppStore.getState().loadStored([], [unreadable]);
    const id = useAppStore.getState().addMap(buildMap({ id: 'broken', title: 'Imported' }));
    expect(id).toBe('broken-2');
    expect(selectMap('broken-2')(useAppStore.getState())?.title).toBe('Imported');
    expect(selectMap('broken')(useAppStore.getState())).toBeUndefined();
  });

  it('a map imported before storage loaded moves aside from an unreadable record with its id', () => {
    useAppStore.getState().addMap(buildMap({ id: 'broken', title: 'Early import' }));
    useAppStore.getState().loadStored([], [unreadable]);
    const state = useAppStore.getState();
    expect(selectMap('broken')(state)).toBeUndefined();
    expect(selectMap('broken-2')(state)?.title).toBe('Early import');
    expect(state.order.filter((id) => id.startsWith('broken'))).toEqual(['broken-2']);
  });

  it('is forgotten once removed, and its id can be used again', () => {
    useAppStore.getState().loadStored([], [unreadable]);
    useAppStore.getState().forgetUnreadable('broken');
    expect(useAppStore.getState().unreadable).toEqual([]);
    expect(useAppStore.getState().addMap(buildMap({ id: 'broken' }))).toBe('broken');
  });
});
