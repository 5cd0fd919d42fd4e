import { Link, useParams } from 'react-router';
import { ExportMapButton } from '../import-export/export-map-button';
import { ImportMapButton } from '../import-export/import-map-button';
import { ImportReportPanel } from '../import-export/import-report-panel';
import { MapNotFound } from '../../components/map-not-found';
import { selectMap, useAppStore } from '../../store/app-store';
import type { PathwayMap } from '../../domain/schema/map';
import { MapCanvas } from '../canvas/map-canvas';
import { useViewerLayout } from './use-viewer-layout';

/** /maps/:mapId — the map read-only, for coaches and students. */
export function ViewerPage() {
  const { mapId } = useParams();
  const map = useAppStore(selectMap(mapId));
  if (!map) return <MapNotFound mapId={mapId} />;
  return <Viewer map={map} />;
}

function Viewer({ map }: { map: PathwayMap }) {
  const layout = useViewerLayout(map);
  const subtitle = [map.region, map.sector].filter(Boolean).join(' · ');
  return (
    <div className="map-page">
      <div className="map-page__header">
        <div>
          <h1>{map.title}</h1>
          <p className="map-page__subtitle">
            {subtitle && `${subtitle} · `}
            {map.occupations.length} occupations · {map.transitions.length} moves
            {layout.running && <span role="status"> · Laying out…</span>}
          </p>
        </div>
        <div className="toolbar" role="toolbar" aria-label="Map actions">
          <ImportMapButton />
          <ExportMapButton map={map} />
          <Link className="button-link" to={`/maps/${encodeURIComponent(map.id)}/edit`}>
            Edit map
          </Link>
        </div>
      </div>
      {map.description && (
        <details className="map-page__about">
          <summary>About this map</summary>
          <p>{map.description}</p>
        </details>
      )}
      {/* The import report floats over the canvas, so the map keeps its size and place. */}
      <div className="map-page__stage">
        <ImportReportPanel />
        {/* Remounted once laid out, so the view fits the final arrangement. */}
        <MapCanvas key={layout.laidOut ? 'laid-out' : 'ladder'} map={layout.shown} />
      </div>
    </div>
  );
}
