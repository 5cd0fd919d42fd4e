import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_ID } from '../../../src/io/bundled-samples';
import { selectMap, useAppStore } from '../../../src/store/app-store';
import { buildMap } from '../../support/build-map';

const initialState = useAppStore.getState();
beforeEach(() => useAppStore.setState(initialState, true));

describe('library store', () => {
  it('starts with the five bundled sector samples, healthcare first', () => {
    expect(useAppStore.getState().order).toEqual([
      DEFAULT_SAMPLE_ID,
      'advanced-manufacturing-pioneer-valley',
      'early-education-pioneer-valley',
      'information-technology-massachusetts',
      'construction-massachusetts',
    ]);
  });

  it('starts with the healthcare sample map', () => {
    const sample = selectMap(DEFAULT_SAMPLE_ID)(useAppStore.getState());
    expect(sample?.title).toBe('Healthcare careers in the Pioneer Valley');
    expect(sample?.occupations.length).toBeGreaterThan(5);
  });

  it('adds an imported map under its own id', () => {
    const id = useAppStore.getState().addMap(buildMap({ id: 'manufacturing', title: 'Manufacturing' }));
    expect(id).toBe('manufacturing');
    const order = useAppStore.getState().order;
    expect(order[0]).toBe(DEFAULT_SAMPLE_ID);
    expect(order.at(-1)).toBe('manufacturing');
  });

  it('never overwrites a map: a second map with the same id is added as a numbered copy', () => {
    const { addMap } = useAppStore.getState();
    addMap(buildMap({ id: DEFAULT_SAMPLE_ID, title: 'Edited elsewhere' }));
    const thirdId = addMap(buildMap({ id: DEFAULT_SAMPLE_ID, title: 'Edited again' }));
    const state = useAppStore.getState();
    expect(thirdId).toBe(`${DEFAULT_SAMPLE_ID}-3`);
    expect(selectMap(DEFAULT_SAMPLE_ID)(state)?.title).toBe('Healthcare careers in the Pioneer Valley');
    expect(selectMap(`${DEFAULT_SAMPLE_ID}-2`)(state)?.title).toBe('Edited elsewhere');
    expect(selectMap(thirdId)(state)?.id).toBe(thirdId);
  });

  it('treats ids that name Object.prototype members as ordinary ids', () => {
    const state = useAppStore.getState();
    expect(selectMap('constructor')(state)).toBeUndefined();
    expect(selectMap('__proto__')(state)).toBeUndefined();
    const id = state.addMap(buildMap({ id: '__proto__', title: 'Odd id' }));
    expect(id).toBe('__proto__');
    expect(selectMap('__proto__')(useAppStore.getState())?.title).toBe('Odd id');
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });
});

describe('loading the maps stored on this device', () => {
  it('keeps a map made before loading finished that has the id of a stored one, under a numbered id', () => {
    const early = buildMap({ id: 'care', title: 'Imported while loading' });
    useAppStore.getState().addMap(early);
    useAppStore.getState().apply(
      'care',
      (draft) => {
        draft.title = 'Imported while loading, renamed';
      },
      { capture: 'join', key: 'title' },
    );
    useAppStore.getState().loadStored([buildMap({ id: 'care', title: 'Saved yesterday' })], []);

    const state = useAppStore.getState();
    expect(selectMap('care')(state)?.title).toBe('Saved yesterday');
    expect(selectMap('care-2')(state)?.title).toBe('Imported while loading, renamed');
    expect(state.order.filter((id) => id === 'care' || id === 'care-2')).toEqual(['care', 'care-2']);
    // The early map's undo steps are not the stored map's.
    expect(state.histories.care).toBeUndefined();
  });
});

describe('duplicating a map', () => {
  it('names each copy apart: "(copy)", then "(copy 2)"', () => {
    const { duplicateMap } = useAppStore.getState();
    const first = duplicateMap(DEFAULT_SAMPLE_ID);
    const second = duplicateMap(DEFAULT_SAMPLE_ID);
    const state = useAppStore.getState();
    expect(selectMap(first)(state)?.title).toBe('Healthcare careers in the Pioneer Valley (copy)');
    expect(selectMap(second)(state)?.title).toBe('Healthcare careers in the Pioneer Valley (copy 2)');
  });
});
