// @vitest-environment jsdom
// jsdom: the page's window, its pagehide event and localStorage are what this test is about.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateOccupation } from '../../../src/domain/commands/occupations';
import { openMapRepository, type MapRepository } from '../../../src/io/library-db';
import { readJournal } from '../../../src/io/unload-journal';
import { useAppStore } from '../../../src/store/app-store';
import { startPersistence, type Persistence } from '../../../src/store/persistence';
import { RECOVERED_COPY_SUFFIX } from '../../../src/store/recover-unsaved';
import { buildMap } from '../../support/build-map';

const MAP_ID = 'unload-map';
const initialState = useAppStore.getState();

/** A repository whose writes never finish, as when the page is torn down while IndexedDB commits. */
function cutOffWrites(repository: MapRepository): MapRepository {
  return { ...repository, tabId: repository.tabId, save: () => new Promise(() => undefined) };
}

async function openPage(repository: MapRepository): Promise<Persistence> {
  useAppStore.setState(initialState, true);
  return startPersistence(repository);
}

const shownTitles = (mapId = MAP_ID) => useAppStore.getState().entries[mapId]?.map.occupations.map((card) => card.title);

function rename(title: string): void {
  useAppStore.getState().apply(MAP_ID, (draft) => updateOccupation(draft, 'welder', { title }), { capture: 'step' });
}

async function storedTitles(factory: IDBFactory, mapId = MAP_ID): Promise<string[] | undefined> {
  const stored = await openMapRepository({ indexedDB: factory }).load(mapId);
  return stored && 'map' in stored ? stored.map.occupations.map((card) => card.title) : undefined;
}

async function untilSaved(mapId = MAP_ID): Promise<void> {
  await vi.waitUntil(() => useAppStore.getState().saveStatus[mapId]?.kind === 'saved');
}

beforeEach(() => {
  vi.stubGlobal('BroadcastChannel', undefined); // one tab at a time here
  localStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  useAppStore.setState(initialState, true);
});

describe('an edit the page could not store before it left', () => {
  async function storedWelderMap(factory: IDBFactory): Promise<void> {
    const persistence = await openPage(openMapRepository({ indexedDB: factory }));
    useAppStore.getState().addMap(buildMap({ id: MAP_ID, title: 'Unload test', occupations: [{ id: 'welder', title: 'Welder' }] }));
    await persistence.flush();
    persistence.stop();
  }

  it('is shown after the reload and then stored, and the journal is emptied', async () => {
    const factory = new IDBFactory();
    await storedWelderMap(factory);

    const leaving = await openPage(cutOffWrites(openMapRepository({ indexedDB: factory })));
    rename('Pipe Welder');
    void leaving.flush(); // begun, never finished
    window.dispatchEvent(new Event('pagehide'));
    leaving.stop();

    const reloaded = await openPage(openMapRepository({ indexedDB: factory }));
    expect(shownTitles()).toEqual(['Pipe Welder']);
    await untilSaved();
    expect(await storedTitles(factory)).toEqual(['Pipe Welder']);
    expect(readJournal()).toEqual([]);
    reloaded.stop();
  });

  it('is kept beside, never over, what another tab stored meanwhile', async () => {
    const factory = new IDBFactory();
    await storedWelderMap(factory);

    const leaving = await openPage(cutOffWrites(openMapRepository({ indexedDB: factory })));
    rename('Pipe Welder');
    window.dispatchEvent(new Event('pagehide'));
    leaving.stop();

    // Another tab, open all along, stores its own change of the same map before this page comes back.
    const otherTabs = openMapRepository({ indexedDB: factory });
    const otherEdit = buildMap({ id: MAP_ID, title: 'Unload test', occupations: [{ id: 'welder', title: 'Welder B' }] });
    expect((await otherTabs.save(otherEdit, 1)).ok).toBe(true);

    const reloaded = await openPage(openMapRepository({ indexedDB: factory }));
    expect(shownTitles()).toEqual(['Welder B']);
    const copy = Object.values(useAppStore.getState().entries).find((entry) => entry.map.title === `Unload test${RECOVERED_COPY_SUFFIX}`);
    expect(copy?.map.occupations.map((card) => card.title)).toEqual(['Pipe Welder']);
    await untilSaved(copy?.map.id);
    expect(await storedTitles(factory, copy?.map.id)).toEqual(['Pipe Welder']);
    expect(await storedTitles(factory)).toEqual(['Welder B']);
    expect(readJournal()).toEqual([]);
    reloaded.stop();
  });

  it('leaves nothing behind when the page stayed and stored it after all', async () => {
    const factory = new IDBFactory();
    await storedWelderMap(factory);

    const page = await openPage(openMapRepository({ indexedDB: factory }));
    rename('Pipe Welder');
    window.dispatchEvent(new Event('beforeunload', { cancelable: true })); // the user chose to stay
    expect(readJournal().map((entry) => entry.map.id)).toEqual([MAP_ID]);
    await page.flush();
    await untilSaved();
    expect(readJournal()).toEqual([]);
    page.stop();
  });
});
