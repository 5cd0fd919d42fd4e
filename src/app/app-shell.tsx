import { Link, Outlet, useNavigation } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { FileDropZone } from '../features/import-export/file-drop-zone';

/** The page shell around every screen: the header, the main area (a screen or, while one loads, a notice) and the file drop zone. */
export function AppShell() {
  const navigation = useNavigation();
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="app-name">
          Pathway Studio
        </Link>
        <nav aria-label="Main">
          <Link to="/">Library</Link>
        </nav>
      </header>
      <main className="app-main">{navigation.state === 'loading' ? <PageLoading /> : <Outlet />}</main>
      <FileDropZone />
    </div>
  );
}
