import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addOccupation, updateOccupation } from '../../../src/domain/commands/occupations';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { serializeMap } from '../../../src/domain/serialize';
import { openMapRepository } from '../../../src/io/library-db';
import { useAppStore } from '../../../src/store/app-store';
import { startPersistence, type Persistence } from '../../../src/store/persistence';
import { buildMap } from '../../support/build-map';

const MAP_ID = 'reload-map';
const initialState = useAppStore.getState();

type Step = { kind: 'add' } | { kind: 'rename'; title: string } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'reload' } | { kind: 'wait' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: 'add' }),
  fc.constantFrom('Welder', 'Machinist', 'Inspector').map((title): Step => ({ kind: 'rename', title })),
  fc.constant<Step>({ kind: 'undo' }),
  fc.constant<Step>({ kind: 'redo' }),
  fc.constant<Step>({ kind: 'reload' }),
  fc.constant<Step>({ kind: 'wait' }),
);

const shown = (): PathwayMap => {
  const map = useAppStore.getState().entries[MAP_ID]?.map;
  if (!map) throw new Error('the map is not open');
  return map;
};

/** A page load: a fresh store, and persistence reading what storage holds. */
async function openPage(factory: IDBFactory): Promise<Persistence> {
  useAppStore.setState(initialState, true);
  return startPersistence(openMapRepository({ indexedDB: factory }));
}

/** Leaving the page flushes what is pending (pagehide), as the browser does on reload. */
async function leavePage(persistence: Persistence): Promise<void> {
  await persistence.flush();
  persistence.stop();
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  useAppStore.setState(initialState, true);
});

describe('autosave across reloads', () => {
  it('after every reload the map is the one last shown, whatever was edited, undone and redone', async () => {
    // Tabs talk over BroadcastChannel; this test is one tab, so it has none.
    vi.stubGlobal('BroadcastChannel', undefined);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const factory = new IDBFactory();
        let persistence = await openPage(factory);
        useAppStore.getState().addMap(buildMap({ id: MAP_ID, title: 'Reload test' }));
        await persistence.flush();
        let added = 0;
        try {
          for (const action of [...steps, { kind: 'reload' } as Step]) {
            const store = useAppStore.getState();
            if (action.kind === 'add') store.apply(MAP_ID, (draft) => addOccupation(draft, { title: `Card ${++added}` }), { capture: 'step' });
            if (action.kind === 'rename') {
              const first = shown().occupations[0];
              if (first) store.apply(MAP_ID, (draft) => updateOccupation(draft, first.id, { title: action.title }), { capture: 'step' });
            }
            if (action.kind === 'undo') store.undo(MAP_ID);
            if (action.kind === 'redo') store.redo(MAP_ID);
            if (action.kind === 'wait') await vi.advanceTimersByTimeAsync(1000);
            if (action.kind === 'reload') {
              const lastShown = serializeMap(shown());
              await leavePage(persistence);
              persistence = await openPage(factory);
              expect(serializeMap(shown())).toBe(lastShown);
            }
          }
        } finally {
          persistence.stop();
          vi.useRealTimers();
        }
      }),
      { numRuns: 40 },
    );
  });
});
