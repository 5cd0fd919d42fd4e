import { beforeEach } from 'vitest';
import { selectMap, useAppStore } from '../../../src/store/app-store';

// The store tests' common start: before each test the store is as the app starts it, with one new map.
// Importing this registers the beforeEach; `mapId` is a live binding, so tests read the current map's id.

const initialState = useAppStore.getState();
export let mapId = '';
beforeEach(() => {
  useAppStore.setState(initialState, true);
  mapId = useAppStore.getState().createMap('Test map');
});

export const store = () => useAppStore.getState();
export const map = () => selectMap(mapId)(store())!;
