import type { PathwayMap } from '../../../domain/schema/map';
import { SourceList } from './source-entry';

/** The map's sources under the printed map (print.css shows it only on paper, never in the route handout). */
export function PrintedSources({ map }: { map: PathwayMap }) {
  if (map.sources.length === 0) return null;
  return (
    <footer className="print-only print-map__sources">
      <h2>Sources</h2>
      <SourceList sources={map.sources} />
    </footer>
  );
}
