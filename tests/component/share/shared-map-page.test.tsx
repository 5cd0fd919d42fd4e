import { act, render, screen } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SharedMapPage } from '../../../src/features/share/shared-map-page';
import { serializeMap } from '../../../src/domain/serialize';
import { encodeShareMap } from '../../../src/io/share-link';
import { payloadCheck } from '../../../src/io/share-checksum';
import { useAppStore } from '../../../src/store/app-store';
import { useImportReportStore } from '../../../src/store/import-report-store';
import { buildMap } from '../../support/build-map';
import { pluralMistakes } from '../../support/plural-mistakes';

const initial = useAppStore.getState();
afterEach(() => {
  useAppStore.setState(initial, true);
  useImportReportStore.getState().dismiss();
});

const shared = buildMap({ id: 'trades', title: 'Building trades', occupations: [{ id: 'helper', title: 'Construction Helper' }] });

function fragmentOf(payload: string): string {
  return `#map=${payload}&check=${payloadCheck(payload)}`;
}

function linkTo(map = shared): string {
  const encoding = encodeShareMap(map);
  if (!encoding.ok) throw new Error(encoding.message);
  return `/shared${fragmentOf(encoding.payload)}`;
}

function openAt(address: string) {
  const router = createMemoryRouter(
    [
      { path: '/shared', Component: SharedMapPage },
      { path: '/maps/:mapId', Component: () => <p>map page</p> },
      { path: '/', Component: () => <p>library page</p> },
    ],
    { initialEntries: ['/', address], initialIndex: 1 },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const libraryIds = () => useAppStore.getState().order;

describe('SharedMapPage', () => {
  it('counts a one-card map as "1 occupation", never "1 occupations"', () => {
    useAppStore.setState({ storage: { state: 'ready' } });
    openAt(linkTo());
    const text = document.body.textContent ?? '';
    expect(text).toContain('1 occupation, 0 moves');
    expect(pluralMistakes(text)).toEqual([]);
  });

  it('shows the map first, and adds it only when asked, once the maps on this device have loaded', async () => {
    useAppStore.setState({ storage: { state: 'loading' } });
    const router = openAt(linkTo());
    expect(screen.getByRole('heading', { name: 'Shared map: Building trades' })).toBeInTheDocument();
    expect(screen.getByText(/^1 occupation, 0 moves, \d+ bytes\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to my library and open' })).toBeDisabled();
    expect(libraryIds()).not.toContain('trades');

    await act(async () => useAppStore.getState().setStorage({ state: 'ready' }));
    expect(libraryIds()).not.toContain('trades');
    await act(async () => screen.getByRole('button', { name: 'Add to my library and open' }).click());
    expect(await screen.findByText('map page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/maps/trades');
    expect(useAppStore.getState().entries.trades?.map).toEqual(shared);
    expect(useImportReportStore.getState().report).toMatchObject({ outcome: 'imported', title: 'Building trades' });
    // Replaced, not pushed: Back goes to where the user was before the link.
    await act(async () => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/');
  });

  it('a map it already has, identical, is opened, not added again', async () => {
    useAppStore.setState({ storage: { state: 'ready' } });
    useAppStore.getState().addMap(shared);
    const before = libraryIds();
    const router = openAt(linkTo());
    await act(async () => screen.getByRole('button', { name: 'Add to my library and open' }).click());
    expect(await screen.findByText('map page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/maps/trades');
    expect(libraryIds()).toEqual(before);
  });

  it('a different map with the same id is kept; the shared one is added beside it', async () => {
    useAppStore.setState({ storage: { state: 'ready' } });
    const mine = { ...shared, title: 'My own trades map' };
    useAppStore.getState().addMap(mine);
    const router = openAt(linkTo());
    await act(async () => screen.getByRole('button', { name: 'Add to my library and open' }).click());
    expect(await screen.findByText('map page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/maps/trades-2');
    expect(useAppStore.getState().entries.trades?.map).toEqual(mine);
    expect(serializeMap(useAppStore.getState().entries['trades-2']!.map)).toBe(serializeMap({ ...shared, id: 'trades-2' }));
  });

  it('a broken link names the problem, links to the library and changes nothing', async () => {
    useAppStore.setState({ storage: { state: 'ready' } });
    const before = useAppStore.getState().entries;
    const payload = compressToEncodedURIComponent(JSON.stringify({ schemaVersion: 1, title: 'x', occupations: [{ id: 'a', title: '' }] }));
    openAt(`/shared${fragmentOf(payload)}`);

    expect(screen.getByRole('heading', { name: "This share link can't be opened" })).toBeInTheDocument();
    expect(screen.getByText('Nothing was added to your library.')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(/^occupations\[0\]\.title: /);
    expect(screen.getByRole('link', { name: 'Go to the map library' })).toHaveAttribute('href', '/');
    await act(async () => {});
    expect(useAppStore.getState().entries).toBe(before);
    expect(useImportReportStore.getState().report).toBeUndefined();
  });
});
