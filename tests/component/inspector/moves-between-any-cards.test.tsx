import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { replaceMap } from '../../../src/domain/commands/replace-map';
import { parseMap } from '../../../src/domain/parse';
import { Inspector, type InspectorSelection } from '../../../src/features/editor/inspector/inspector';
import { useStoreMoveActions } from '../../../src/features/editor/inspector/move-actions';
import { selectMap, useAppStore } from '../../../src/store/app-store';

const initialState = useAppStore.getState();
let mapId = '';
beforeEach(() => {
  useAppStore.setState(initialState, true);
  mapId = useAppStore.getState().createMap('Healthcare');
  const sample = parseMap(readFileSync('fixtures/healthcare-pioneer-valley.json', 'utf8'));
  if (!sample.ok) throw new Error('sample does not parse');
  useAppStore.getState().apply(mapId, (draft) => replaceMap(draft, { ...sample.map, id: mapId }), { capture: 'step' });
});

const map = () => selectMap(mapId)(useAppStore.getState())!;

function StoreInspector({ selection }: { selection: InspectorSelection }) {
  const current = useAppStore(selectMap(mapId));
  const moveActions = useStoreMoveActions(mapId);
  return current ? <Inspector map={current} selection={selection} onChange={() => {}} moveActions={moveActions} /> : null;
}

const movesSection = () => screen.getByRole('group', { name: 'Moves' });
const chooser = () => within(movesSection()).getByRole('combobox', { name: 'Add a move to' });

describe('"Add a move to" offers every card, by kind', () => {
  it('lists the jobs and the step cards in sections named for their kind', () => {
    render(<StoreInspector selection={{ kind: 'occupation', id: 'lpn' }} />);
    const sections = within(chooser()).getAllByRole('group');
    expect(sections.map((section) => section.getAttribute('label'))).toEqual(['Jobs', 'Credentials', 'Programs']);
    expect(within(sections[1]!).getAllByRole('option').map((option) => option.textContent)).toEqual(['CNA certificate', 'NCLEX-PN', 'NCLEX-RN']);
    expect(within(sections[2]!).getAllByRole('option').map((option) => option.textContent)).toEqual(['Approved practical nursing (PN) program']);
    // The card itself is not offered.
    expect(within(sections[0]!).queryByRole('option', { name: 'Licensed Practical Nurse (LPN)' })).toBeNull();
  });

  it('adds a move from a job to a credential card', async () => {
    const user = userEvent.setup();
    render(<StoreInspector selection={{ kind: 'occupation', id: 'lpn' }} />);
    await user.selectOptions(chooser(), 'NCLEX-RN');
    await user.click(within(movesSection()).getByRole('button', { name: 'Add move' }));
    expect(map().transitions.filter((move) => move.from === 'lpn').map((move) => move.to)).toEqual(['rn', 'nclex-rn']);
    expect(within(movesSection()).getByRole('button', { name: 'Remove move to NCLEX-RN' })).toBeInTheDocument();
  });

  it('offers the Moves section on a step card too, and adds a move from it to a job', async () => {
    const user = userEvent.setup();
    render(<StoreInspector selection={{ kind: 'step', id: 'pn-program' }} />);
    expect(within(within(movesSection()).getByRole('list', { name: 'Moves out' })).getByRole('listitem')).toHaveTextContent('To NCLEX-PN');
    expect(within(movesSection()).getByText('No moves into this program.')).toBeInTheDocument();
    await user.selectOptions(chooser(), 'Licensed Practical Nurse (LPN)');
    await user.click(within(movesSection()).getByRole('button', { name: 'Add move' }));
    expect(map().transitions.filter((move) => move.from === 'pn-program').map((move) => move.to)).toEqual(['nclex-pn', 'lpn']);
    expect(useAppStore.getState().notice).toEqual({ tone: 'info', text: 'Added a move from “Approved practical nursing (PN) program” to “Licensed Practical Nurse (LPN)”.' });
    // The step card stays selected; the chooser never offers the card itself.
    expect(within(chooser()).queryByRole('option', { name: 'Approved practical nursing (PN) program' })).toBeNull();
  });
});
