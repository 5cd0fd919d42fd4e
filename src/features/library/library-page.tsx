import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { ImportMapButton } from '../import-export/import-map-button';
import { ImportReportPanel } from '../import-export/import-report-panel';
import { useLibraryStore } from '../../store/library-store';

/** / — the maps on this device; the bundled samples are always there to start from. */
export function LibraryPage() {
  const maps = useLibraryStore(useShallow((state) => state.order.map((id) => state.maps[id])));
  return (
    <div className="library">
      <div className="library__header">
        <h1>Map library</h1>
        <div className="toolbar" role="toolbar" aria-label="Library actions">
          <ImportMapButton />
        </div>
      </div>
      <ImportReportPanel />
      <ul className="library__list" aria-label="Maps">
        {maps.map(
          (map) =>
            map && (
              <li key={map.id} className="library-card">
                <h2>
                  <Link to={`/maps/${encodeURIComponent(map.id)}`}>{map.title}</Link>
                </h2>
                <p>{[map.region, map.sector].filter(Boolean).join(' · ')}</p>
                <p>
                  {map.occupations.length} occupations · {map.transitions.length} moves
                </p>
              </li>
            ),
        )}
      </ul>
    </div>
  );
}
