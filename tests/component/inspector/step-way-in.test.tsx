import { ReactFlowProvider } from '@xyflow/react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { replaceMap } from '../../../src/domain/commands/replace-map';
import { EditorInspector } from '../../../src/features/editor/editor-inspector';
import { selectMap, useAppStore } from '../../../src/store/app-store';
import { buildMap } from '../../support/build-map';

const initialState = useAppStore.getState();
let mapId = '';
beforeEach(() => {
  useAppStore.setState(initialState, true);
  mapId = useAppStore.getState().createMap('Test map');
  const map = buildMap({
    schemaVersion: 2,
    occupations: [{ id: 'rn', title: 'Registered Nurse' }],
    steps: [
      { id: 'adn', kind: 'credential', credentialType: 'degree', title: 'ADN' },
      { id: 'bsn', kind: 'credential', credentialType: 'degree', title: 'BSN', toGetIn: { type: 'experience', text: 'Clinical work', months: 48 } },
      { id: 'nclex-rn', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN' },
    ],
  });
  useAppStore.getState().apply(mapId, (draft) => replaceMap(draft, { ...map, id: mapId }), { capture: 'step' });
  useAppStore.getState().select(mapId, { occupationIds: ['nclex-rn'], transitionIds: [] });
});

const store = () => useAppStore.getState();
const wayIn = () => selectMap(mapId)(store())?.steps.find((step) => step.id === 'nclex-rn')?.toGetIn;

/** The editor's inspector on the app store, redrawn as the map changes. */
function StoreInspector() {
  const map = useAppStore(selectMap(mapId));
  return map ? <EditorInspector map={map} /> : null;
}

describe("a step's way in, in the editor's inspector", () => {
  it('is built with the requirement builder, each edit one undo step, typing one step per field', async () => {
    const user = userEvent.setup();
    render(
      <ReactFlowProvider>
        <StoreInspector />
      </ReactFlowProvider>,
    );
    const section = screen.getByRole('group', { name: 'To get in' });
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Requirements to get in: all or any' }), 'Any N of');
    await user.click(within(section).getByRole('button', { name: 'Add requirement' }));
    const card = within(section).getByRole('combobox', { name: 'Card on the map for requirement 1' });
    // Any other card may be pointed at; the step itself is not offered (it would require itself).
    expect(within(card).getAllByRole('option').map((option) => option.textContent)).not.toContain('NCLEX-RN (credential)');
    await user.selectOptions(card, 'ADN (credential)');
    await user.click(within(section).getByRole('button', { name: 'Add requirement' }));
    await user.type(within(section).getByRole('textbox', { name: 'Text of requirement 2' }), 'BSN');

    expect(within(section).getByText(/^Reads:/)).toHaveTextContent('Reads: any 1 of: ADN, BSN');
    expect(wayIn()).toEqual({ type: 'any', of: [{ type: 'credential', cardId: 'adn' }, { type: 'credential', text: 'BSN' }] });

    // Five edits (all-or-any, add, card, add, the typed text), five undo steps, back to nothing.
    act(() => store().undo(mapId));
    expect(wayIn()).toEqual({ type: 'any', of: [{ type: 'credential', cardId: 'adn' }, { type: 'credential' }] });
    act(() => store().undo(mapId));
    expect(wayIn()).toEqual({ type: 'any', of: [{ type: 'credential', cardId: 'adn' }] });
    act(() => store().undo(mapId));
    act(() => store().undo(mapId));
    expect(wayIn()).toEqual({ type: 'any', of: [] });
    act(() => store().undo(mapId));
    expect(wayIn()).toBeUndefined();
    expect(within(section).getByText(/^Reads:/)).toHaveTextContent('Reads: nothing required');
  });

  it('shows a way in written as one requirement as "all of" it, and keeps it when another is added', async () => {
    const user = userEvent.setup();
    act(() => store().select(mapId, { occupationIds: ['bsn'], transitionIds: [] }));
    render(
      <ReactFlowProvider>
        <StoreInspector />
      </ReactFlowProvider>,
    );
    const section = screen.getByRole('group', { name: 'To get in' });
    expect(within(section).getByText(/^Reads:/)).toHaveTextContent('Reads: Clinical work (48 months)');
    await user.click(within(section).getByRole('button', { name: 'Add requirement' }));
    const bsn = selectMap(mapId)(store())?.steps.find((step) => step.id === 'bsn');
    expect(bsn?.toGetIn).toEqual({ type: 'all', of: [{ type: 'experience', text: 'Clinical work', months: 48 }, { type: 'credential' }] });
  });
});
