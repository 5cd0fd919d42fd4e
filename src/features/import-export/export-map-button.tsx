import type { PathwayMap } from '../../domain/schema/map';
import { serializeMap } from '../../domain/serialize';
import { downloadText } from '../../io/download';
import { exportFileName } from '../../io/file-names';
import { usePublishMap } from './use-publish-map';

/** Downloads the map as canonical JSON: two exports of the same map are byte-identical. */
export function ExportMapButton({ map }: { map: PathwayMap }) {
  const publish = usePublishMap();
  const exportJson = () => {
    const published = publish(map);
    downloadText(exportFileName(published, '.json'), serializeMap(published), 'application/json');
  };
  return (
    <button type="button" onClick={exportJson}>
      Export JSON
    </button>
  );
}
