import type { PathwayMap } from '../../../domain/schema/map';
import { SourceList } from './source-entry';

/**
 * The map's sources, printed on a page of their own after the map (print.css shows them only on paper,
 * never in the route handout): under it they pushed a full map onto a second page.
 */
export function PrintedSources({ map }: { map: PathwayMap }) {
  if (map.sources.length === 0) return null;
  return (
    <footer className="print-only print-map__sources">
      <h2>Sources</h2>
      <SourceList sources={map.sources} />
    </footer>
  );
}
