import type { PathwayMap } from '../../domain/schema/map';
import { serializeMap } from '../../domain/serialize';
import { downloadText } from '../../io/download';

/** Downloads the map as canonical JSON: two exports of the same map are byte-identical. */
export function ExportMapButton({ map }: { map: PathwayMap }) {
  return (
    <button type="button" onClick={() => downloadText(`${map.id}.json`, serializeMap(map), 'application/json')}>
      Export JSON
    </button>
  );
}
