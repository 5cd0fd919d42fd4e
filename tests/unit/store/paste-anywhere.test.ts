import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand } from '../../../src/domain/commands/apply-command';
import { copyFragment, pasteFragment } from '../../../src/domain/commands/fragment';
import { serializeMap } from '../../../src/domain/serialize';
import { MAP_CLIPBOARD_TYPE, writeFragment } from '../../../src/io/system-clipboard';
import { selectMap, useAppStore } from '../../../src/store/app-store';
import { pasteAnywhere } from '../../../src/store/paste-anywhere';
import { buildMap } from '../../support/build-map';

const initialState = useAppStore.getState();
const source = buildMap({
  id: 'map-a',
  title: 'Map A',
  groups: [{ id: 'group-1', label: 'Welding' }],
  occupations: [
    { id: 'welder', title: 'Welder', groupId: 'group-1' },
    { id: 'fitter', title: 'Pipefitter' },
  ],
  transitions: [{ id: 'welder-to-fitter', from: 'welder', to: 'fitter', kind: 'advancement' }],
});

/** A system clipboard holding the given types, as Chromium's async clipboard gives them. */
function clipboardHolding(types: Record<string, string> | 'refused') {
  const written: ClipboardItem[] = [];
  const refused = () => Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError'));
  const items = () =>
    types === 'refused'
      ? refused()
      : Promise.resolve([{ types: Object.keys(types), getType: (type: string) => Promise.resolve(new Blob([types[type] ?? ''])) }]);
  vi.stubGlobal('navigator', {
    clipboard: {
      read: items,
      readText: () => (types === 'refused' ? refused() : Promise.resolve(types['text/plain'] ?? '')),
      write: (next: ClipboardItem[]) => Promise.resolve(void written.push(...next)),
      writeText: () => Promise.resolve(),
    },
  });
  return written;
}

let mapB = '';
beforeEach(() => {
  useAppStore.setState(initialState, true);
  mapB = useAppStore.getState().createMap('Map B');
});
afterEach(() => {
  vi.unstubAllGlobals();
  useAppStore.setState(initialState, true);
});
const titlesIn = (id: string) => selectMap(id)(useAppStore.getState())?.occupations.map((occupation) => occupation.title);

describe('copy to and paste from the system clipboard', () => {
  it('copies a readable list of titles as plain text beside the map file', async () => {
    vi.stubGlobal('ClipboardItem', class {
      constructor(readonly parts: Record<string, Blob>) {}
    });
    const written = clipboardHolding({});
    expect(await writeFragment(source, copyFragment(source, ['welder', 'fitter']))).toBe(true);
    const parts = (written[0] as unknown as { parts: Record<string, Blob> }).parts;
    expect(await parts['text/plain']?.text()).toBe('Welder\nPipefitter\n\nMoves:\nWelder → Pipefitter\n');
    expect(await parts[MAP_CLIPBOARD_TYPE]?.text()).toContain('"title": "Welder"');
  });

  it('pastes the cards of the app’s own format', async () => {
    clipboardHolding({ 'text/plain': 'Welder', [MAP_CLIPBOARD_TYPE]: serializeMap({ ...source, occupations: source.occupations.slice(0, 1), transitions: [] }) });
    await pasteAnywhere(mapB);
    expect(titlesIn(mapB)).toEqual(['Welder']);
  });

  it('brings the source a pasted card cites, and only that one', async () => {
    const cited = buildMap({
      ...source,
      occupations: [{ id: 'welder', title: 'Welder', wage: { amount: 48000, unit: 'year', sourceId: 'oews' } }],
      transitions: [],
      groups: [],
      sources: [{ id: 'oews', label: 'BLS OEWS' }, { id: 'other', label: 'Not cited by the copy' }],
    });
    clipboardHolding({ 'text/plain': 'Welder', [MAP_CLIPBOARD_TYPE]: serializeMap(cited) });
    await pasteAnywhere(mapB);
    expect(selectMap(mapB)(useAppStore.getState())?.sources).toEqual([{ id: 'oews', label: 'BLS OEWS' }]);
  });

  it('does not paste an older copy of this page when the clipboard now holds something else', async () => {
    useAppStore.setState({ clipboard: copyFragment(source, ['welder']) });
    clipboardHolding({ 'text/plain': 'Meeting notes' });
    await pasteAnywhere(mapB);
    expect(titlesIn(mapB)).toEqual([]);
    expect(useAppStore.getState().notice).toMatchObject({ text: expect.stringContaining('Nothing to paste'), mapId: mapB });
  });

  it('pastes the page’s own copy when the clipboard can’t be read', async () => {
    useAppStore.setState({ clipboard: copyFragment(source, ['welder']) });
    clipboardHolding('refused');
    await pasteAnywhere(mapB);
    expect(titlesIn(mapB)).toEqual(['Welder']);
  });
});

describe('a notice belongs to its map', () => {
  it('goes when its map is left', () => {
    useAppStore.getState().addMap(source);
    useAppStore.getState().enterMap(source.id);
    useAppStore.getState().select(source.id, { occupationIds: ['welder'], transitionIds: [] });
    useAppStore.getState().copySelection(source.id);
    expect(useAppStore.getState().notice).toMatchObject({ text: 'Copied 1 occupation.', mapId: source.id });
    useAppStore.getState().leaveMap(source.id);
    expect(useAppStore.getState().notice).toBeUndefined();
  });
});

describe('pasted cards and groups', () => {
  it('never puts a card in another map’s unrelated group that shares its id, and finds the group of the same name', () => {
    const fragment = copyFragment(source, ['welder']);
    const unrelated = buildMap({ id: 'map-b', groups: [{ id: 'group-1', label: 'Healthcare' }] });
    expect(applyCommand(unrelated, (draft) => pasteFragment(draft, fragment, { x: 0, y: 0 })).map.occupations[0]?.groupId).toBeUndefined();
    const named = buildMap({ id: 'map-c', groups: [{ id: 'group-1', label: 'Healthcare' }, { id: 'group-7', label: 'Welding' }] });
    expect(applyCommand(named, (draft) => pasteFragment(draft, fragment, { x: 0, y: 0 })).map.occupations[0]?.groupId).toBe('group-7');
    expect(applyCommand(source, (draft) => pasteFragment(draft, fragment, { x: 40, y: 40 })).map.occupations.at(-1)?.groupId).toBe('group-1');
  });
});
