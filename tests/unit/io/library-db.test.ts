import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeMap, serializeMapCompact } from '../../../src/domain/serialize';
import { loadBundledSamples } from '../../../src/io/bundled-samples';
import { openMapRepository, type MapRepository } from '../../../src/io/library-db';
import { openLibraryDatabase, type LibraryDatabase } from '../../../src/io/storage-open';
import { buildMap } from '../../support/build-map';

const FULL_MESSAGE =
  "The browser's storage for this site is full. Download a backup of this map, then free space by deleting maps you no longer need.";

let factory: IDBFactory;
const opened: MapRepository[] = [];

function repository(tabId = 'tab-a', now = '2025-03-01T10:00:00.000Z'): MapRepository {
  const repo = openMapRepository({ indexedDB: factory, tabId, now: () => new Date(now) });
  opened.push(repo);
  return repo;
}

/** Reads or writes the store directly, as another program (or an older app version) would. */
async function rawStore<T>(use: (db: LibraryDatabase) => Promise<T>): Promise<T> {
  const db = await openLibraryDatabase(factory, 'pathway-studio', () => undefined);
  return use(db).finally(() => db.close());
}

beforeEach(() => void (factory = new IDBFactory()));
afterEach(() => {
  opened.splice(0).forEach((repo) => repo.close());
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('saving and loading maps', () => {
  it('gives back an equal map, with revision 1 and then 2', async () => {
    const repo = repository();
    const [sample] = loadBundledSamples();
    if (!sample) throw new Error('no sample');
    expect(await repo.save(sample, 0)).toEqual({ ok: true, revision: 1, savedAt: '2025-03-01T10:00:00.000Z' });
    const renamed = { ...sample, title: 'Renamed' };
    expect(await repo.save(renamed, 1)).toMatchObject({ ok: true, revision: 2 });

    const { maps, unreadable, storageProblem } = await repository('tab-b').loadAll();
    expect([storageProblem, unreadable]).toEqual([undefined, []]);
    // Read by another tab, the row still names the tab that wrote it (the unload journal relies on it).
    expect(maps).toEqual([{ map: renamed, revision: 2, savedAt: '2025-03-01T10:00:00.000Z', warnings: [], savedByTab: 'tab-a' }]);
    expect(await repo.load(sample.id)).toEqual(maps[0]);
    expect(await repo.load('no-such-map')).toBeUndefined();
  });

  it('refuses to overwrite what another tab saved in between, until forced', async () => {
    const first = repository('tab-a', '2025-03-01T10:00:00.000Z');
    const second = repository('tab-b', '2025-03-01T10:05:00.000Z');
    await first.save(buildMap({ title: 'v1' }), 0);
    // Both tabs loaded revision 1; the second saves first.
    expect(await second.save(buildMap({ title: 'from tab b' }), 1)).toMatchObject({ ok: true, revision: 2 });

    const refused = await first.save(buildMap({ title: 'from tab a' }), 1);
    expect(refused).toEqual({ ok: false, reason: 'conflict', storedRevision: 2, storedSavedAt: '2025-03-01T10:05:00.000Z' });
    expect(await first.load('test-map')).toMatchObject({ map: { title: 'from tab b' }, revision: 2 });

    expect(await first.save(buildMap({ title: 'from tab a' }), 1, { force: true })).toMatchObject({ ok: true, revision: 3 });
    expect(await second.load('test-map')).toMatchObject({ map: { title: 'from tab a' }, revision: 3 });
  });

  it('lets only one of two tabs saving at the same moment win', async () => {
    await repository('tab-a').save(buildMap({}), 0);
    const outcomes = await Promise.all(['tab-b', 'tab-c', 'tab-d'].map((tab) => repository(tab).save(buildMap({ title: tab }), 1)));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'conflict')).toHaveLength(2);
  });

  it('treats a new map whose id is already stored as a conflict, not an overwrite', async () => {
    await repository('tab-a').save(buildMap({ title: 'Stored' }), 0);
    expect(await repository('tab-b').save(buildMap({ title: 'New' }), 0)).toMatchObject({ ok: false, reason: 'conflict', storedRevision: 1 });
  });

  it('says a stored map that vanished unannounced is gone (site data cleared), not changed in another tab, and recreates it when forced', async () => {
    const repo = repository();
    await repo.save(buildMap({}), 0);
    expect(await repository('tab-b').remove('test-map')).toEqual({ ok: true });
    expect(await repo.save(buildMap({}), 1)).toMatchObject({ ok: false, reason: 'storage', storeAsNew: true, message: expect.stringContaining('was cleared') });
    expect(await repo.save(buildMap({}), 1, { force: true })).toMatchObject({ ok: true, revision: 2 });
  });
});

describe('stored data is untrusted', () => {
  const unreadableRecords: Array<[string, unknown, string]> = [
    ['text that is not JSON', { id: 'test-map', json: '{"title": ', revision: 1, savedAt: 'x' }, 'ends too early'],
    ['a map from a newer app', { id: 'test-map', json: '{"schemaVersion": 9, "title": "t"}', revision: 1, savedAt: 'x' }, 'newer version'],
    ['a row without map text', { id: 'test-map', json: 42, revision: 1, savedAt: 'x' }, 'no map text'],
    ['a damaged save counter', { id: 'test-map', json: serializeMap(buildMap({})), revision: 'one', savedAt: 'x' }, 'save counter'],
    ['a map stored under another id', { id: 'test-map', json: serializeMap(buildMap({ id: 'other' })), revision: 1, savedAt: 'x' }, 'stored as'],
  ];

  it.each(unreadableRecords)('reports %s as unreadable and never replaces it', async (_what, record, expected) => {
    await rawStore((db) => db.put('maps', record));
    const repo = repository();

    const { maps, unreadable } = await repo.loadAll();
    expect(maps).toEqual([]);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]?.id).toBe('test-map');
    expect(unreadable[0]?.errors.map((issue) => issue.message).join(' ')).toContain(expected);
    expect(await repo.load('test-map')).toEqual(unreadable[0]);

    const damaged = { ok: false, reason: 'storage', message: expect.stringContaining('is damaged') };
    expect(await repo.save(buildMap({}), 0)).toMatchObject(damaged);
    expect(await repo.save(buildMap({}), 1, { force: true })).toMatchObject(damaged);
    expect(await rawStore((db) => db.get('maps', 'test-map'))).toEqual(record);
  });

  it('does not replace a damaged row even when a save expects its revision', async () => {
    const record = { id: 'test-map', json: null, revision: 1, savedAt: 'x' };
    await rawStore((db) => db.put('maps', record));
    expect(await repository().save(buildMap({}), 1)).toMatchObject({ ok: false, reason: 'storage', message: expect.stringContaining('is damaged') });
    expect(await rawStore((db) => db.get('maps', 'test-map'))).toEqual(record);
  });

  it('reads a hand-written or older record through parseMap without rewriting it', async () => {
    const json = '{"schemaVersion":1,"id":"test-map","title":"Old","keptField":{"b":1},"__proto__":{"x":1}}';
    await rawStore((db) => db.put('maps', { id: 'test-map', json, revision: 4, savedAt: '2024-01-01T00:00:00Z' }));
    const repo = repository();

    const [stored] = (await repo.loadAll()).maps;
    expect(stored?.map).toMatchObject({ title: 'Old', keptField: { b: 1 }, groups: [], occupations: [] });
    expect(stored?.warnings.length).toBeGreaterThan(0);
    expect(stored?.revision).toBe(4);
    // The raw value stays until the migrated map is saved.
    expect(await rawStore((db) => db.get('maps', 'test-map'))).toMatchObject({ json });

    if (!stored) throw new Error('not loaded');
    await repo.save(stored.map, stored.revision);
    expect(await rawStore((db) => db.get('maps', 'test-map'))).toMatchObject({ json: serializeMapCompact(stored.map), revision: 5 });
  });

  it('keeps the text of an unreadable map for download, and deletes it only when asked', async () => {
    await rawStore((db) => db.put('maps', { id: 'test-map', json: '{"title": ', revision: 1, savedAt: '2025-01-01T00:00:00Z' }));
    const repo = repository();
    expect((await repo.loadAll()).unreadable[0]).toMatchObject({ rawJson: '{"title": ', savedAt: '2025-01-01T00:00:00Z' });
    expect(await repo.remove('test-map')).toEqual({ ok: true });
    expect(await repo.loadAll()).toEqual({ maps: [], unreadable: [] });
  });
});

describe('storage problems become plain-English outcomes', () => {
  it('says the storage is full, keeps the stored map as it was, and saves again once there is room', async () => {
    const repo = repository();
    await repo.save(buildMap({ title: 'Saved before' }), 0);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await repo.save(buildMap({ title: 'Too big' }), 1)).toEqual({ ok: false, reason: 'storage', message: FULL_MESSAGE });
    expect(await repo.load('test-map')).toMatchObject({ map: { title: 'Saved before' }, revision: 1 });

    put.mockRestore();
    expect(await repo.save(buildMap({ title: 'Fits now' }), 1)).toMatchObject({ ok: true, revision: 2 });
  });

  it('works without IndexedDB (some private modes): every call answers, none throws', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const repo = openMapRepository();
    opened.push(repo);
    const failure = { ok: false, reason: 'storage', message: expect.stringContaining("doesn't let Pathway Studio store maps") };

    expect(await repo.save(buildMap({}), 0)).toEqual(failure);
    expect(await repo.load('test-map')).toEqual(failure);
    expect(await repo.remove('test-map')).toEqual(failure);
    expect(await repo.loadAll()).toEqual({ maps: [], unreadable: [], storageProblem: failure.message });
    expect(await repo.requestPersistence()).toBe(false);
  });

  it('turns a refused open into a storage outcome', async () => {
    const open = () => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
    const refusing = { open } as unknown as IDBFactory;
    const repo = openMapRepository({ indexedDB: refusing });
    expect(await repo.save(buildMap({}), 0)).toMatchObject({ ok: false, reason: 'storage', message: expect.stringContaining('closed') });
  });

  it('steps aside when a newer app version upgrades the database in another tab, and says so', async () => {
    const repo = repository();
    await repo.save(buildMap({}), 0);
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('pathway-studio', 2);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    upgraded.close();
    expect(await repo.save(buildMap({}), 1)).toMatchObject({ ok: false, reason: 'storage', message: expect.stringContaining('newer version') });
  });

  it('requestPersistence returns what navigator.storage.persist() answers, and false when it fails', async () => {
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.resolve(true) } });
    expect(await repository().requestPersistence()).toBe(true);
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('denied')) } });
    expect(await repository().requestPersistence()).toBe(false);
  });
});
