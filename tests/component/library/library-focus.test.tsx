import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { LibraryPage } from '../../../src/features/library/library-page';
import { useAppStore } from '../../../src/store/app-store';
import { buildMap } from '../../support/build-map';

const initial = useAppStore.getState();
const carpentry = buildMap({ id: 'carpentry', title: 'Carpentry' });
const welding = buildMap({ id: 'welding', title: 'Welding' });

beforeEach(() => {
  useAppStore.setState(initial, true);
  useAppStore.setState({
    entries: { carpentry: { map: carpentry, source: 'device' }, welding: { map: welding, source: 'device' } },
    order: ['carpentry', 'welding'],
    storage: { state: 'ready' },
  });
});

function openLibrary() {
  const router = createMemoryRouter([{ path: '/', Component: LibraryPage }], { initialEntries: ['/'] });
  render(<RouterProvider router={router} />);
}

const actionsFor = (title: string) => screen.getByRole('group', { name: `Actions for ${title}` });
const mapLink = (title: string) => within(screen.getByRole('list', { name: 'Maps' })).getByRole('link', { name: title });
const notice = (text: string) => screen.getAllByRole('status').find((region) => region.textContent?.includes(text));

describe('library: keyboard focus after an action', () => {
  it('after a rename, focus is back on that map’s Rename button and the rename is said', async () => {
    const user = userEvent.setup();
    openLibrary();
    within(actionsFor('Carpentry')).getByRole('button', { name: 'Rename' }).focus();
    await user.keyboard('{Enter}');
    const title = within(screen.getByRole('dialog', { name: 'Rename “Carpentry”' })).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveFocus();
    await user.clear(title);
    await user.type(title, 'Finish carpentry{Enter}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(actionsFor('Finish carpentry')).getByRole('button', { name: 'Rename' })).toHaveFocus();
    expect(notice('Renamed “Carpentry” to “Finish carpentry”.')).toBeDefined();
  });

  it('Cancel returns focus to the Rename button and says nothing was renamed', async () => {
    const user = userEvent.setup();
    openLibrary();
    const rename = within(actionsFor('Welding')).getByRole('button', { name: 'Rename' });
    await user.click(rename);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(rename).toHaveFocus();
    expect(notice('Renamed')).toBeUndefined();
  });

  it('Delete moves focus to "Undo delete"; Undo delete brings the map back in its place and focuses its link', async () => {
    const user = userEvent.setup();
    openLibrary();
    within(actionsFor('Carpentry')).getByRole('button', { name: 'Delete' }).focus();
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('link', { name: 'Carpentry' })).toBeNull();
    expect(notice('Deleted “Carpentry”.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Undo delete' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Undo delete' })).toBeNull();
    expect(mapLink('Carpentry')).toHaveFocus();
    expect(notice('Restored “Carpentry”.')).toBeDefined();
    expect(within(screen.getByRole('list', { name: 'Maps' })).getAllByRole('link', { name: /^(Carpentry|Welding)$/ }).map((link) => link.textContent)).toEqual(['Carpentry', 'Welding']);
  });
});

describe('library: while the maps stored on this device are read', () => {
  it('says so and marks the list busy, then shows the whole list', () => {
    useAppStore.setState({ storage: { state: 'loading' } });
    openLibrary();
    expect(screen.getByRole('list', { name: 'Maps' })).toHaveAttribute('aria-busy', 'true');
    expect(notice('Reading the maps saved on this device…')).toBeDefined();

    act(() => useAppStore.getState().setStorage({ state: 'ready' }));
    expect(screen.getByRole('list', { name: 'Maps' })).toHaveAttribute('aria-busy', 'false');
    expect(notice('Reading the maps saved on this device…')).toBeUndefined();
  });
});
