import { replaceMap } from '../../../src/domain/commands/replace-map';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Inspector } from '../../../src/features/editor/inspector/inspector';
import { useStoreMoveActions, type MoveActions } from '../../../src/features/editor/inspector/move-actions';
import { selectMap, useAppStore } from '../../../src/store/app-store';
import { sampleMap } from './sample';

const noChange = () => {};
const initialState = useAppStore.getState();
let mapId = '';
beforeEach(() => {
  useAppStore.setState(initialState, true);
  mapId = useAppStore.getState().createMap('Test map');
  useAppStore.getState().apply(mapId, (draft) => replaceMap(draft, { ...sampleMap(), id: mapId }), { capture: 'step' });
});

const store = () => useAppStore.getState();
const map = () => selectMap(mapId)(store())!;
const movesOf = () => map().transitions.map((transition) => `${transition.from}>${transition.to}`);

/** The inspector on the app store, re-rendered with the map as it changes, as in the editor. */
function StoreInspector({ occupationId }: { occupationId: string }) {
  const current = useAppStore(selectMap(mapId));
  const moveActions = useStoreMoveActions(mapId);
  return current ? <Inspector map={current} selection={{ kind: 'occupation', id: occupationId }} onChange={noChange} moveActions={moveActions} /> : null;
}

const movesSection = () => screen.getByRole('group', { name: 'Moves' });

describe('the Moves section of the occupation inspector', () => {
  it('lists the moves out of and into the occupation by the other card’s title', () => {
    render(<StoreInspector occupationId="lpn" />);
    const section = movesSection();
    expect(within(section).getByText('No moves out of this occupation yet.')).toBeInTheDocument();
    expect(within(within(section).getByRole('list', { name: 'Moves in' })).getByRole('listitem')).toHaveTextContent('From Nursing Assistant');
    expect(within(section).getByRole('button', { name: 'Remove move from Nursing Assistant' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Edit move from Nursing Assistant' })).toBeInTheDocument();
  });

  it('offers the other occupations, first one not yet led to, and adds a move as one undo step', async () => {
    const user = userEvent.setup();
    render(<StoreInspector occupationId="cna" />);
    const chooser = within(movesSection()).getByRole('combobox', { name: 'Add a move to' });
    expect(within(chooser).getAllByRole('option').map((option) => option.textContent)).toEqual(['Licensed Practical Nurse', 'Phlebotomist']);
    expect(chooser).toHaveValue('phleb');

    await user.click(within(movesSection()).getByRole('button', { name: 'Add move' }));
    expect(movesOf()).toEqual(['cna>lpn', 'cna>phleb']);
    expect(within(movesSection()).getByRole('button', { name: 'Remove move to Phlebotomist' })).toBeInTheDocument();
    expect(store().notice).toEqual({ tone: 'info', text: 'Added a move from “Nursing Assistant” to “Phlebotomist”.' });
    // The occupation stays selected, so several moves can be added in a row.
    expect(store().selection.transitionIds).toEqual([]);

    act(() => store().undo(mapId));
    expect(movesOf()).toEqual(['cna>lpn']);
    expect(within(movesSection()).queryByRole('button', { name: 'Remove move to Phlebotomist' })).toBeNull();
  });

  it('refuses a second move to the same card with the reason dragging gives', async () => {
    const user = userEvent.setup();
    render(<StoreInspector occupationId="cna" />);
    await user.selectOptions(within(movesSection()).getByRole('combobox', { name: 'Add a move to' }), 'Licensed Practical Nurse');
    await user.click(within(movesSection()).getByRole('button', { name: 'Add move' }));
    expect(movesOf()).toEqual(['cna>lpn']);
    expect(store().notice).toEqual({ tone: 'problem', text: 'Not connected: There is already a move from “Nursing Assistant” to “Licensed Practical Nurse”.' });
  });

  it('removes a move, keeping the keyboard in the section, and opens one in the inspector', async () => {
    const user = userEvent.setup();
    render(<StoreInspector occupationId="cna" />);
    await user.click(within(movesSection()).getByRole('button', { name: 'Remove move to Licensed Practical Nurse' }));
    expect(movesOf()).toEqual([]);
    expect(within(movesSection()).getByRole('combobox', { name: 'Add a move to' })).toHaveFocus();
    act(() => store().undo(mapId));
    expect(movesOf()).toEqual(['cna>lpn']);

    await user.click(within(movesSection()).getByRole('button', { name: 'Edit move to Licensed Practical Nurse' }));
    expect(store().selection).toEqual({ occupationIds: [], transitionIds: ['cna-to-lpn'] });
  });

  it('uses the actions it is given, and says when there is no other card to move to', async () => {
    const actions: MoveActions = { add: vi.fn(() => true), remove: vi.fn(), select: vi.fn() };
    const lonely = { ...sampleMap(), occupations: sampleMap().occupations.slice(0, 1), transitions: [] };
    const { rerender } = render(<Inspector map={sampleMap()} selection={{ kind: 'occupation', id: 'lpn' }} onChange={noChange} moveActions={actions} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add move' }));
    expect(actions.add).toHaveBeenCalledWith('lpn', 'cna');

    rerender(<Inspector map={lonely} selection={{ kind: 'occupation', id: 'cna' }} onChange={noChange} moveActions={actions} />);
    expect(within(movesSection()).getByText('Add another card to make a move to it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add move' })).toBeNull();
  });

  it('on a long list, finds the card to move to by words of its title, listing only what matches and the pick', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 150 }, (_, index) => ({ id: `w${index}`, title: `Welder ${index}`, level: 'entry' as const }));
    act(() => useAppStore.getState().apply(mapId, (draft) => replaceMap(draft, { ...sampleMap(), id: mapId, occupations: [...sampleMap().occupations, ...many] }), { capture: 'step' }));
    render(<StoreInspector occupationId="cna" />);
    const chooser = within(movesSection()).getByRole('combobox', { name: 'Add a move to' });
    const find = within(movesSection()).getByRole('searchbox', { name: 'Find a card to move to' });
    // 152 other cards: only the first 100 are drawn, and the page says so.
    expect(within(chooser).getAllByRole('option')).toHaveLength(100);
    expect(within(movesSection()).getByRole('status')).toHaveTextContent('Listing the first 100 of 152 cards; type to find one.');
    expect(chooser).toHaveValue('phleb');

    // Typing narrows the list and never changes the pick: it stays listed, first.
    await user.type(find, '12 WELD');
    const welders = ['Welder 12', 'Welder 112', ...Array.from({ length: 10 }, (_, index) => `Welder ${120 + index}`)];
    expect(within(chooser).getAllByRole('option').map((option) => option.textContent)).toEqual(['Phlebotomist', ...welders]);
    expect(within(movesSection()).getByRole('status')).toHaveTextContent('Listing the 12 matching cards.');
    expect(chooser).toHaveValue('phleb');
    await user.selectOptions(chooser, 'Welder 112');
    await user.click(within(movesSection()).getByRole('button', { name: 'Add move' }));
    expect(movesOf()).toEqual(['cna>lpn', 'cna>w112']);

    await user.clear(find);
    await user.type(find, 'plumber');
    expect(within(chooser).getAllByRole('option').map((option) => option.textContent)).toEqual(['Phlebotomist']);
    expect(within(movesSection()).getByRole('status')).toHaveTextContent('No card has all of those words.');
  });
});
