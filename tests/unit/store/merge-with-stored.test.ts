import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand } from '../../../src/domain/commands/apply-command';
import { updateOccupation } from '../../../src/domain/commands/occupations';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { openMapRepository, type MapRepository } from '../../../src/io/library-db';
import { useAppStore } from '../../../src/store/app-store';
import { useMergeQuestions } from '../../../src/store/merge-questions';
import { startPersistence, type Persistence } from '../../../src/store/persistence';
import { buildMap } from '../../support/build-map';

/** Another tab's edit: the card's title changed in a copy of the map. */
const retitle = (map: PathwayMap, id: string, title: string) => applyCommand(map, (draft) => updateOccupation(draft, id, { title })).map;

const MAP_ID = 'two-tabs';
const initialState = useAppStore.getState();
const opened = buildMap({
  id: MAP_ID,
  title: 'Two tabs',
  occupations: [
    { id: 'welder', title: 'Welder' },
    { id: 'machinist', title: 'Machinist' },
  ],
});
const titles = (map: PathwayMap | undefined) => map?.occupations.map((occupation) => occupation.title);
const shown = () => useAppStore.getState().entries[MAP_ID]?.map;
const storedIn = async (repository: MapRepository) => {
  const stored = await repository.load(MAP_ID);
  return stored && 'map' in stored ? stored.map : undefined;
};

let persistence: Persistence;
let otherTab: MapRepository;

beforeEach(async () => {
  // One tab here; the other tab writes to the same database without telling (no BroadcastChannel).
  vi.stubGlobal('BroadcastChannel', undefined);
  const factory = new IDBFactory();
  otherTab = openMapRepository({ indexedDB: factory, tabId: 'other' });
  await otherTab.save(opened, 0);
  useAppStore.setState(initialState, true);
  persistence = await startPersistence(openMapRepository({ indexedDB: factory, tabId: 'this' }));
});

afterEach(() => {
  persistence.stop();
  vi.unstubAllGlobals();
  useAppStore.setState(initialState, true);
  useMergeQuestions.setState({ byMap: new Map() });
});

/** Waits until the merge after a refused save has settled: merged and stored, or asking. */
const settled = () => vi.waitFor(() => expect(useMergeQuestions.getState().byMap.get(MAP_ID)?.kind).not.toBe('merging'));

describe('a save refused because another tab saved first', () => {
  it('merges edits of different cards at once, stores the merge and asks nothing', async () => {
    await otherTab.save(retitle(opened, 'machinist', 'CNC Machinist'), 1);
    useAppStore.getState().apply(MAP_ID, (draft) => updateOccupation(draft, 'welder', { title: 'Pipe Welder' }), { capture: 'step' });
    await persistence.flush();
    await settled();
    await vi.waitFor(async () => expect(titles(await storedIn(otherTab))).toEqual(['Pipe Welder', 'CNC Machinist']));
    expect(titles(shown())).toEqual(['Pipe Welder', 'CNC Machinist']);
    expect(useMergeQuestions.getState().byMap.has(MAP_ID)).toBe(false);
  });

  it('asks about a field both changed, stores nothing until answered, then keeps the chosen value', async () => {
    await otherTab.save(retitle(retitle(opened, 'machinist', 'Machinist B'), 'welder', 'Welder B'), 1);
    useAppStore.getState().apply(MAP_ID, (draft) => updateOccupation(draft, 'machinist', { title: 'Machinist A' }), { capture: 'step' });
    await persistence.flush();
    await settled();

    const asked = useMergeQuestions.getState().byMap.get(MAP_ID);
    if (asked?.kind !== 'asking') throw new Error('the user was not asked');
    expect(asked.questions.map(({ label, mine, theirs }) => ({ label, mine, theirs }))).toEqual([
      { label: 'Occupation “Machinist”: title', mine: 'Machinist A', theirs: 'Machinist B' },
    ]);
    expect(titles(shown())).toEqual(['Welder', 'Machinist A']);
    expect(titles(await storedIn(otherTab))).toEqual(['Welder B', 'Machinist B']);

    await persistence.answerMerge(MAP_ID, [{ conflict: asked.questions[0]!.conflict, keep: 'theirs' }]);
    expect(titles(shown())).toEqual(['Welder B', 'Machinist B']);
    expect(titles(await storedIn(otherTab))).toEqual(['Welder B', 'Machinist B']);
    expect(useAppStore.getState().saveStatus[MAP_ID]?.kind).toBe('saved');
  });

  it('asks again when the other tab changed the field again before the answer', async () => {
    await otherTab.save(retitle(opened, 'machinist', 'Machinist B'), 1);
    useAppStore.getState().apply(MAP_ID, (draft) => updateOccupation(draft, 'machinist', { title: 'Machinist A' }), { capture: 'step' });
    await persistence.flush();
    await settled();
    const asked = useMergeQuestions.getState().byMap.get(MAP_ID);
    if (asked?.kind !== 'asking') throw new Error('the user was not asked');

    await otherTab.save(retitle(opened, 'machinist', 'Machinist C'), 2);
    await persistence.answerMerge(MAP_ID, [{ conflict: asked.questions[0]!.conflict, keep: 'theirs' }]);
    const again = useMergeQuestions.getState().byMap.get(MAP_ID);
    expect(again?.kind === 'asking' && again.questions.map((question) => question.theirs)).toEqual(['Machinist C']);
    expect(titles(shown())).toEqual(['Welder', 'Machinist A']);
  });
});
