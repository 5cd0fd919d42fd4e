import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseMap } from '../../../src/domain/parse';
import { serializeMap } from '../../../src/domain/serialize';
import { openMapRepository } from '../../../src/io/library-db';
import { openLibraryDatabase } from '../../../src/io/storage-open';
import { buildMap } from '../../support/build-map';

describe('the stored form and the size limit', () => {
  it('reads a map an earlier version stored indented past the limit', async () => {
    // 12-deep nesting: about 1.6 MB written compactly, over 21 MB indented.
    const map = buildMap({ id: 'deep', nested: JSON.parse(`${'['.repeat(11)}[${Array.from({ length: 820_000 }, () => 1).join(',')}]${']'.repeat(11)}`) });
    const indented = serializeMap(map);
    expect(indented.length).toBeGreaterThan(20_000_000);
    const factory = new IDBFactory();
    const db = await openLibraryDatabase(factory, 'pathway-studio', () => undefined);
    await db.put('maps', { id: 'deep', json: indented, revision: 3, savedAt: '2025-01-01T00:00:00Z', savedByTab: 'old' });
    db.close();

    const repo = openMapRepository({ indexedDB: factory });
    const loaded = await repo.loadAll();
    repo.close();
    expect(loaded.unreadable).toEqual([]);
    expect(loaded.maps[0]?.map).toEqual(map);
  });

  it('refuses a map whose canonical form would be over the limit, although its text was under it', () => {
    // "1e20" is written out as 21 digits: 4.6 MB of text becomes about 22 MB.
    const numbers = Array.from({ length: 1_000_000 }, () => '1e20').join(',');
    const result = parseMap(`{"schemaVersion":1,"id":"n","title":"Numbers","occupations":[],"figures":[${numbers}]}`);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([
      "Written out in full (numbers as digits, missing ids and lists filled in) this map is more than 20 MB (20,000,000 bytes), the most a map can be, so it can't be kept.",
    ]);
  });

  it('does not store a map edited past the limit, and says why', async () => {
    // Edits add text to a map that was accepted: here 2,001 long notes.
    const map = { ...buildMap({ id: 'grown' }), notes: Array.from({ length: 2_001 }, () => 'z'.repeat(10_000)) };
    const repo = openMapRepository({ indexedDB: new IDBFactory() });
    const outcome = await repo.save(map, 0);
    repo.close();
    expect(outcome).toMatchObject({ ok: false, reason: 'storage' });
    expect(outcome.ok ? '' : 'message' in outcome ? outcome.message : '').toMatch(/^This map is now 20 MB; a map can be at most 20 MB|^This map is now [\d,]+ bytes; a map can be at most 20,000,000 bytes/);
  });
});
