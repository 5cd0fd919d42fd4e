import { plural } from '../../domain/describe';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { ExportMapButton } from '../import-export/export-map-button';
import { ImportMapButton } from '../import-export/import-map-button';
import { ImportReportPanel } from '../import-export/import-report-panel';
import { MapNotFound } from '../../components/map-not-found';
import { selectMap, useAppStore } from '../../store/app-store';
import type { PathwayMap } from '../../domain/schema/map';
import { OccupationPanel } from './details/occupation-panel';
import { FilterBar } from './filters/filter-bar';
import { FiltersFold } from './filters-fold';
import { MapOutline } from './outline/map-outline';
import { PrintButton } from './print/print-button';
import { RouteFinder } from './routes/route-finder';
import { RouteLinkSync } from './routes/route-link-sync';
import { SearchBox } from './search/search-box';
import { ShareLinkButton } from './share/share-link-button';
import { AboutMap } from './sources/about-map';
import { PrintedSources } from './sources/printed-sources';
import { useDisplayLayout } from '../layout/use-display-layout';
import { ViewerCanvas } from './viewer-canvas';
import { ViewToggle } from './view-toggle';
import { ViewerSidePanel } from './viewer-side-panel';
import { VIEWER_MAP_ID, ViewerSkipLinks } from './skip-links';
import { ValidationBadge } from '../../components/validation-badge';
import { useViewerStore } from './viewer-store';
import { SaveFailedBanner } from '../../components/save-failed-banner';
import './viewer.css';

/** /maps/:mapId — the map read-only, for coaches and students. */
export function ViewerPage() {
  const { mapId } = useParams();
  const map = useAppStore(selectMap(mapId));
  if (!map) return <MapNotFound mapId={mapId} />;
  return <Viewer map={map} />;
}

function Viewer({ map }: { map: PathwayMap }) {
  const layout = useDisplayLayout(map);
  const view = useViewerStore((state) => state.view);
  const openMap = useViewerStore((state) => state.openMap);
  useEffect(() => openMap(map.id), [openMap, map.id]);
  const subtitle = [map.region, map.sector].filter(Boolean).join(' · ');
  return (
    <div className="map-page viewer">
      <ViewerSkipLinks />
      <RouteLinkSync map={map} />
      {/* One row: title and subtitle beside the actions; search, filters and "About this map" in the next. */}
      <div className="map-page__header">
        <div className="viewer__title">
          <h1>{map.title}</h1>
          <p className="map-page__subtitle">
            {subtitle && `${subtitle} · `}
            {plural(map.occupations.length, 'occupation')} · {plural(map.transitions.length, 'move')}
            {!layout.laidOut && <span role="status"> · Laying out…</span>}
          </p>
          <ValidationBadge map={map} />
        </div>
        <div className="toolbar" role="toolbar" aria-label="Map actions">
          <ViewToggle />
          <ShareLinkButton map={map} />
          <PrintButton map={map} />
          <ImportMapButton />
          <ExportMapButton map={map} />
          <Link className="button-link" to={`/maps/${encodeURIComponent(map.id)}/session`}>
            Run a session
          </Link>
          <Link className="button-link" to={`/maps/${encodeURIComponent(map.id)}/edit`}>
            Edit map
          </Link>
        </div>
      </div>
      <SaveFailedBanner map={map} />
      {/* On a phone this row comes after the map (viewer.css), so the map is first under the header. */}
      <div className="viewer__finders">
        <SearchBox map={map} />
        <FiltersFold levels={map.levels} occupations={map.occupations}>
          <FilterBar map={map} />
        </FiltersFold>
        {/* Open, its text floats over the map rather than pushing it down (viewer.css). */}
        <div className="viewer__about">
          <AboutMap map={map} />
        </div>
      </div>
      <div className="viewer__workspace">
        {/* The import report floats over the canvas, so the map keeps its size and place. */}
        <div className="map-page__stage" id={VIEWER_MAP_ID} tabIndex={-1}>
          <ImportReportPanel />
          {view === 'outline' ? (
            <MapOutline map={map} />
          ) : (
            // Refitted (not remounted, so focus stays) once elk's layout replaces the quick placement.
            <ViewerCanvas map={layout.shown} arrangement={layout.laidOut ? 'laid-out' : 'ladder'} placing={!layout.laidOut} />
          )}
        </div>
        <ViewerSidePanel
          details={<OccupationPanel map={map} />}
          routes={<RouteFinder map={map} />}
        />
      </div>
      <PrintedSources map={map} />
    </div>
  );
}
