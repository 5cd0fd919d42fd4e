import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RouteLinkSync } from '../../../../src/features/viewer/routes/route-link-sync';
import { useViewerStore } from '../../../../src/features/viewer/viewer-store';
import { buildMap } from '../../../support/build-map';

const map = buildMap({
  id: 'link-map',
  occupations: [
    { id: 'a', title: 'Aide' },
    { id: 'b', title: 'Baker' },
  ],
  transitions: [{ id: 'ab', from: 'a', to: 'b' }],
});

function open(entry: string) {
  useViewerStore.getState().openMap('another map');
  const router = createMemoryRouter([{ path: '/maps/:mapId', element: <RouteLinkSync map={map} /> }], { initialEntries: [entry] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('RouteLinkSync', () => {
  it('opens the route finder on the route the address names, and keeps the address as it is', () => {
    const router = open('/maps/link-map?from=a&to=b&route=%5B%22a%22%2C%22b%22%5D');
    expect(useViewerStore.getState()).toMatchObject({ mapId: 'link-map', panel: 'routes', routeFrom: 'a', routeTo: 'b', requestedRouteKey: '["a","b"]' });
    expect(new URLSearchParams(router.state.location.search).get('route')).toBe('["a","b"]');
  });

  it('writes From and To into the address as they change, replacing the entry rather than adding one', () => {
    const router = open('/maps/link-map?keep=1');
    expect(useViewerStore.getState().panel).toBe('details');
    act(() => useViewerStore.getState().setRouteEnds({ from: '' }));
    expect(router.state.location.search).toBe('?keep=1&from=no-experience');
    expect(router.state.historyAction).toBe('REPLACE');
    act(() => useViewerStore.getState().setRouteEnds({ to: 'b' }));
    expect(router.state.location.search).toBe('?keep=1&from=no-experience&to=b');
  });

  it('leaves out what the map does not have, and says so', () => {
    open('/maps/link-map?from=ghost&to=b');
    expect(useViewerStore.getState()).toMatchObject({ routeFrom: undefined, routeTo: 'b', routeNotice: 'This link names From “ghost”, not on this map, so it was left out.' });
  });
});
