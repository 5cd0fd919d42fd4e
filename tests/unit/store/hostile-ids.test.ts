import 'fake-indexeddb/auto';
import { replaceMap } from '../../../src/domain/commands/replace-map';
import { updateOccupation } from '../../../src/domain/commands/occupations';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/domain/csv/csv-text';
import { occupationsToCsv, transitionsToCsv } from '../../../src/domain/csv/map-to-rows';
import { rowsToMap } from '../../../src/domain/csv/rows-to-map';
import { parseMap } from '../../../src/domain/parse';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { serializeMap } from '../../../src/domain/serialize';
import { addOrganization } from '../../../src/domain/session/organizations';
import { criticalTallies } from '../../../src/domain/session/tallies';
import { castCriticalVote, criticalVotesOf } from '../../../src/domain/session/votes';
import { openMapRepository } from '../../../src/io/library-db';
import { decodeSharePayload, encodeShareMap } from '../../../src/io/share-link';
import { selectCanUndo, selectMap, useAppStore } from '../../../src/store/app-store';
import { startPersistence } from '../../../src/store/persistence';
import { layOut } from '../layout/layout-helpers';

// Ids are data: every one of these is an Object.prototype member or the prototype itself.
const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;
const NOW = '2025-04-01T10:00:00.000Z';

/** The map as a file would bring it: JSON text, so "__proto__" is an ordinary key of the document. */
function mapText(mapId: string, ids: { cards: readonly string[]; moves: readonly string[] }): string {
  const [first = 'a', ...rest] = ids.cards;
  return `{
    "schemaVersion": 1, "id": ${JSON.stringify(mapId)}, "title": "Hostile ${mapId}",
    "groups": [{ "id": ${JSON.stringify(mapId)}, "label": "Group ${mapId}" }],
    "sources": [{ "id": ${JSON.stringify(mapId)}, "label": "Source ${mapId}" }],
    "occupations": [${ids.cards
      .map((id, i) => `{ "id": ${JSON.stringify(id)}, "title": "Card ${i}", "level": "entry", "groupId": ${JSON.stringify(mapId)},
        "wage": { "amount": ${20 + i}, "unit": "hour", "sourceId": ${JSON.stringify(mapId)} } }`)
      .join(',')}],
    "transitions": [${ids.moves
      .map((id, i) => `{ "id": ${JSON.stringify(id)}, "from": ${JSON.stringify(first)}, "to": ${JSON.stringify(rest[i % rest.length])}, "kind": "${i < rest.length ? 'advancement' : 'lateral'}" }`)
      .slice(0, rest.length)
      .join(',')}]
  }`;
}

// Two shapes per hostile map id: cards named by the hostile ids, and moves named by them
// (cards and moves share one id space, so one map cannot hold both).
const cases = HOSTILE.flatMap((mapId) => [
  { name: `map "${mapId}", cards with hostile ids`, mapId, text: mapText(mapId, { cards: HOSTILE, moves: HOSTILE.slice(1).map((id) => `move-${id}`) }) },
  { name: `map "${mapId}", moves with hostile ids`, mapId, text: mapText(mapId, { cards: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], moves: HOSTILE }) },
]);

function parsed(text: string): PathwayMap {
  const result = parseMap(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

const idsOf = (map: PathwayMap) => ({
  map: map.id,
  cards: map.occupations.map((o) => o.id),
  moves: map.transitions.map((t) => [t.id, t.from, t.to]),
  groups: map.groups.map((g) => g.id),
  sources: map.sources.map((s) => s.id),
});

const initialState = useAppStore.getState();
let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
  useAppStore.setState(initialState, true);
});
afterEach(() => useAppStore.setState(initialState, true));

/** A page load: a fresh store (samples only) that reads this device's storage. */
async function reload() {
  useAppStore.setState(initialState, true);
  const repository = openMapRepository({ indexedDB: factory, tabId: 'tab' });
  const persistence = await startPersistence(repository);
  return { persistence, close: () => (persistence.stop(), repository.close()) };
}

describe.each(cases)('hostile ids: $name', ({ mapId, text }) => {
  it('import, save, reload, edit, undo, session, layout, export, share and CSV all keep every id', async () => {
    const map = parsed(text);
    expect(idsOf(map).map).toBe(mapId);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);

    // Import into the library, stored.
    let page = await reload();
    expect(useAppStore.getState().addMap(map)).toBe(mapId);
    await page.persistence.flush();
    page.close();

    // Reload: listed, opened, and the library's other maps still there.
    page = await reload();
    const state = useAppStore.getState();
    expect(state.order).toContain(mapId);
    expect(state.order.map((id) => selectMap(id)(state)?.id)).toEqual(state.order);
    const stored = selectMap(mapId)(state);
    expect(stored && idsOf(stored)).toEqual(idsOf(map));
    expect(state.unreadable).toEqual([]);

    // A new map and the library's lookups by id do not find Object.prototype members.
    const fresh = useAppStore.getState().createMap('Another map');
    expect(selectMap(fresh)(useAppStore.getState())?.title).toBe('Another map');
    for (const other of HOSTILE) if (other !== mapId) expect(selectMap(other)(useAppStore.getState())).toBeUndefined();
    expect(useAppStore.getState().saveStatus[mapId === 'toString' ? 'valueOf' : 'toString']).toBeUndefined();
    expect(useAppStore.getState().histories[mapId]).toBeUndefined();
    expect(useAppStore.getState().placedByHand[mapId]).toBeUndefined();

    // Edit and undo.
    const card = map.occupations[0]?.id ?? '';
    useAppStore.getState().apply(mapId, (draft) => updateOccupation(draft, card, { title: 'Renamed' }), { capture: 'step' });
    expect(selectMap(mapId)(useAppStore.getState())?.occupations[0]?.title).toBe('Renamed');
    expect(selectCanUndo(mapId)(useAppStore.getState())).toBe(true);
    useAppStore.getState().undo(mapId);
    expect(selectMap(mapId)(useAppStore.getState())?.occupations[0]?.title).toBe('Card 0');
    useAppStore.getState().markPlacedByHand(mapId, [card]);
    expect(useAppStore.getState().placedByHand[mapId]).toEqual([card]);

    // Session: an organization named by a hostile id, a critical vote for the first card.
    let session = map;
    for (const organization of HOSTILE) {
      const added = addOrganization(session, organization, NOW);
      if (!added.ok) throw new Error(added.reason);
      session = added.map;
    }
    const voted = castCriticalVote(session, { organization: mapId, occupationId: card }, NOW);
    if (!voted.ok) throw new Error(voted.reason);
    expect(criticalVotesOf(voted.map, mapId)).toEqual([card]);
    expect(criticalTallies(voted.map).get(card)?.organizations).toEqual([mapId]);

    // Save the edited map, reload again: still readable.
    useAppStore.getState().apply(mapId, (draft) => replaceMap(draft, voted.map), { capture: 'step' });
    await page.persistence.flush();
    page.close();
    page = await reload();
    expect(selectMap(mapId)(useAppStore.getState())?.feedback).toHaveLength(HOSTILE.length + 1);
    page.close();

    // Layout places every card.
    const positions = await layOut(map);
    expect([...positions.keys()].sort()).toEqual(map.occupations.map((o) => o.id).sort());

    // Export and share links give the same map back.
    expect(idsOf(parsed(serializeMap(map)))).toEqual(idsOf(map));
    const encoded = encodeShareMap(map);
    if (!encoded.ok) throw new Error(encoded.message);
    const shared = decodeSharePayload(encoded.payload);
    expect(shared.ok && idsOf(shared.map)).toEqual(idsOf(map));

    // CSV sheets give the same cards and moves back.
    const sheet = (csv: string, name: 'occupations' | 'transitions') => {
      const result = parseCsvText(csv, name);
      if (!result.ok) throw new Error(result.error);
      return result.table;
    };
    const fromCsv = rowsToMap({ occupationRows: sheet(occupationsToCsv(map), 'occupations'), transitionRows: sheet(transitionsToCsv(map), 'transitions') });
    if (!fromCsv.ok) throw new Error(JSON.stringify(fromCsv.rowIssues));
    expect(idsOf(fromCsv.map).cards).toEqual(idsOf(map).cards);
    expect(idsOf(fromCsv.map).moves).toEqual(idsOf(map).moves);
  });
});
