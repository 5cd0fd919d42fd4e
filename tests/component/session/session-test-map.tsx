import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SessionPage } from '../../../src/features/session/session-page';
import { useSessionStore } from '../../../src/features/session/session-store';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { useAppStore } from '../../../src/store/app-store';
import type { MapSource } from '../../../src/store/library-slice';
import { buildMap } from '../../support/build-map';

/** Seven cards with saved positions (jsdom has no layout worker), two groups, two moves. */
export const sessionMap = buildMap({
  id: 'session-map',
  title: 'Care careers',
  groups: [
    { id: 'care', label: 'Direct care' },
    { id: 'support', label: 'Clinical support' },
  ],
  occupations: [
    ['cna', 'Nursing Assistant', 'care'],
    ['lpn', 'Licensed Practical Nurse', 'care'],
    ['rn', 'Registered Nurse', 'care'],
    ['ma', 'Medical Assistant', 'support'],
    ['phleb', 'Phlebotomist', 'support'],
    ['lab', 'Lab Technician', 'support'],
    ['emt', 'EMT', undefined],
  ].map(([id, title, groupId], index) => ({ id, title, groupId, position: { x: (index % 3) * 300, y: Math.floor(index / 3) * 200 } })),
  transitions: [
    { id: 'cna-lpn', from: 'cna', to: 'lpn', kind: 'advancement' },
    { id: 'lpn-rn', from: 'lpn', to: 'rn', kind: 'advancement' },
  ],
});

const initialApp = useAppStore.getState();
const initialSession = useSessionStore.getState();

/** Back to a fresh store between tests. */
export function resetStores(): void {
  useAppStore.setState(initialApp, true);
  useSessionStore.setState(initialSession, true);
}

/** Puts the map in the library and opens its session page (or another address under /maps/:id/session). */
export function openSession(map: PathwayMap = sessionMap, source: MapSource = 'device', search = '') {
  useAppStore.getState().addMap(map, source);
  useAppStore.setState({ storage: { state: 'ready' } });
  const router = createMemoryRouter([{ path: '/maps/:mapId/session', Component: SessionPage }], {
    initialEntries: [`/maps/${map.id}/session${search}`],
  });
  render(<RouterProvider router={router} />);
  return router;
}

export const currentMap = (id = sessionMap.id): PathwayMap => {
  const map = useAppStore.getState().entries[id]?.map;
  if (!map) throw new Error(`no map ${id}`);
  return map;
};

export const select = (kind: 'occupation' | 'transition', id: string) =>
  act(() => useSessionStore.getState().setTarget({ kind, id }));
