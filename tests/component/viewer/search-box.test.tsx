import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../../src/features/viewer/search/search-box';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';
import { openTestMap, viewerTestMap } from './viewer-test-map';

beforeEach(openTestMap);

function renderSearch() {
  const user = userEvent.setup();
  render(<SearchBox map={viewerTestMap} />);
  return { user, box: screen.getByRole('combobox', { name: 'Search occupations' }) };
}

describe('SearchBox', () => {
  it('lists matches as options as the user types, typos and all', async () => {
    const { user, box } = renderSearch();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'nursng asistant');
    const list = await screen.findByRole('listbox', { name: 'Matching cards' });
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent('Nursing Assistant');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(/cards? found/);
  });

  it('says what matched when it was not the title', async () => {
    const { user, box } = renderSearch();
    await user.type(box, 'wound care');
    expect(await screen.findByRole('option', { name: /Licensed Practical Nurse/ })).toHaveTextContent('Skill: Wound care');
    await user.clear(box);
    await user.type(box, 'CNA license');
    expect(await screen.findByRole('option', { name: /Nursing Assistant/ })).toHaveTextContent('Credential: CNA license');
  });

  it('moves through the options with the arrow keys and chooses with Enter: selected, centred, details open', async () => {
    useViewerStore.getState().setPanel('routes');
    const { user, box } = renderSearch();
    await user.type(box, 'nurse');
    const options = await screen.findAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(box).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(options.at(-1)).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const chosen = options[1]!.textContent ?? '';
    await user.keyboard('{Enter}');

    const state = useViewerStore.getState();
    const occupation = viewerTestMap.occupations.find((candidate) => candidate.id === state.selectedOccupationId);
    expect(chosen).toContain(occupation?.title);
    expect(state.centreRequest?.occupationId).toBe(occupation?.id);
    expect(state.panel).toBe('details');
    expect(box).toHaveValue(occupation?.title);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('Enter without moving chooses the best match; a click chooses any', async () => {
    const { user, box } = renderSearch();
    await user.type(box, '29-1141{Enter}');
    expect(useViewerStore.getState().selectedOccupationId).toBe('rn');

    await user.clear(box);
    await user.type(box, 'practical');
    await user.click(await screen.findByRole('option', { name: /Licensed Practical Nurse/ }));
    expect(useViewerStore.getState().selectedOccupationId).toBe('lpn');
    expect(useViewerStore.getState().centreRequest?.occupationId).toBe('lpn');
  });

  it('says when nothing matches', async () => {
    const { user, box } = renderSearch();
    await user.type(box, 'astronaut');
    expect(await screen.findByText('No card matches “astronaut”.')).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('Escape closes the list, the down arrow opens it again, a second Escape empties the box', async () => {
    const { user, box } = renderSearch();
    await user.type(box, 'nurse');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box).toHaveValue('nurse');
    await user.keyboard('{ArrowDown}');
    const reopened = await screen.findAllByRole('option');
    expect(reopened[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}{Escape}');
    expect(box).toHaveValue('');
  });

  it('marks matches the filters leave out', async () => {
    useViewerStore.getState().setFilter({ apprenticeable: true });
    const { user, box } = renderSearch();
    await user.type(box, 'nurse');
    expect(await screen.findByRole('option', { name: /Registered Nurse/ })).toHaveTextContent('Does not match the filters');
    await user.clear(box);
    await user.type(box, 'assistant');
    expect(await screen.findByRole('option', { name: /Nursing Assistant/ })).not.toHaveTextContent('Does not match the filters');
  });
});

describe('SearchBox on a large map', () => {
  it('searches once the typing pauses, and finds the card', async () => {
    const occupations = Array.from({ length: 400 }, (_, index) => ({ id: `job-${index}`, title: `Job ${index}` }));
    const large = buildMap({ occupations: [...occupations, { id: 'welder', title: 'Welder' }] });
    const user = userEvent.setup();
    render(<SearchBox map={large} />);
    const box = screen.getByRole('combobox', { name: 'Search occupations' });
    await user.type(box, 'weldr');
    expect(screen.queryByRole('option')).toBeNull();
    expect(await screen.findByRole('option', { name: 'Welder' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(useViewerStore.getState().selectedOccupationId).toBe('welder');
  });
});
