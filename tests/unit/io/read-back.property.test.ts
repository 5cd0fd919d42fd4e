import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/domain/parse';
import { MAX_FILE_BYTES } from '../../../src/domain/schema/limits';
import { openMapRepository } from '../../../src/io/library-db';
import { validMap } from '../domain/arbitraries';

/**
 * Map text of a size class, minified as an analyst's tool would write it: `padding` long strings
 * (bulk that indentation barely grows) and an unknown field of small numbers nested `depth` deep
 * (bulk that indentation multiplies: each leaf gains a line and two spaces per level).
 */
function mapText(leaves: number, depth: number, padding: number): string {
  let nested = `[${Array.from({ length: leaves }, (_, i) => i % 10).join(',')}]`;
  for (let level = 1; level < depth; level++) nested = `[${nested}]`;
  const strings = Array.from({ length: padding }, (_, i) => JSON.stringify(`${i} ${'w'.repeat(9_990)}`)).join(',');
  return `{"schemaVersion":1,"id":"big","title":"Big","occupations":[{"id":"a","title":"A"}],"nested":${nested},"padding":[${strings}]}`;
}

const sizeClass = fc.record({
  leaves: fc.constantFrom(0, 10, 100_000, 800_000),
  depth: fc.integer({ min: 1, max: 14 }),
  padding: fc.constantFrom(0, 100, 1_100),
});

async function storeAndReload(text: string) {
  const parsed = parseMap(text);
  if (!parsed.ok) return { accepted: false as const, errors: parsed.errors };
  const factory = new IDBFactory();
  const before = openMapRepository({ indexedDB: factory, tabId: 'a' });
  const saved = await before.save(parsed.map, 0);
  before.close();
  const after = openMapRepository({ indexedDB: factory, tabId: 'b' });
  const loaded = await after.loadAll();
  after.close();
  return { accepted: true as const, map: parsed.map, saved, loaded };
}

describe('what is accepted can be read back after a reload', () => {
  it('every accepted map, of every size class, is stored within the limit and reads back equal', async () => {
    await fc.assert(
      fc.asyncProperty(sizeClass, async ({ leaves, depth, padding }) => {
        const text = mapText(leaves, depth, padding);
        const result = await storeAndReload(text);
        if (!result.accepted) {
          // Only a map over the limit may be refused, and it says so.
          expect(new TextEncoder().encode(text).length).toBeGreaterThan(MAX_FILE_BYTES);
          return;
        }
        expect(result.saved).toMatchObject({ ok: true });
        expect(result.loaded.unreadable).toEqual([]);
        expect(result.loaded.maps[0]?.map).toEqual(result.map);
      }),
      // Two fixed examples: deep nesting that indentation would take past the limit, and a map near it.
      { numRuns: 5, examples: [[{ leaves: 800_000, depth: 12, padding: 0 }], [{ leaves: 0, depth: 1, padding: 1_990 }]] },
    );
  }, 240_000);

  it('small generated maps read back equal', async () => {
    await fc.assert(
      fc.asyncProperty(validMap, async (map) => {
        const factory = new IDBFactory();
        const repo = openMapRepository({ indexedDB: factory });
        expect(await repo.save(map, 0)).toMatchObject({ ok: true });
        repo.close();
        const reread = openMapRepository({ indexedDB: factory });
        const loaded = await reread.loadAll();
        reread.close();
        expect(loaded.maps.map((stored) => stored.map)).toEqual([map]);
      }),
      { numRuns: 30 },
    );
  });
});
