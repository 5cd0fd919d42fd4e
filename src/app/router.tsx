import { createBrowserRouter } from 'react-router';
import { AppShell } from './app-shell';
import { NotFoundPage, RouteError } from './route-error';
import { LibraryPage } from '../features/library/library-page';
import { PageLoading } from '../components/page-loading';

// The canvas pages carry React Flow; they load on demand so the library opens fast.
export const router = createBrowserRouter([
  {
    path: '/',
    Component: AppShell,
    ErrorBoundary: RouteError,
    HydrateFallback: PageLoading,
    children: [
      { index: true, Component: LibraryPage },
      { path: 'shared', lazy: async () => ({ Component: (await import('../features/share/shared-map-page')).SharedMapPage }) },
      {
        path: 'maps/:mapId',
        lazy: async () => ({ Component: (await import('../features/viewer/viewer-page')).ViewerPage }),
      },
      {
        path: 'maps/:mapId/edit',
        lazy: async () => ({ Component: (await import('../features/editor/editor-page')).EditorPage }),
      },
      { path: 'maps/:mapId/session', lazy: async () => ({ Component: (await import('../features/session/session-page')).SessionPage }) },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
