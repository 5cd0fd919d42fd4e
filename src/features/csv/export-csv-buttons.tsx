import type { PathwayMap } from '../../domain/schema/map';
import { downloadSheet } from '../../io/csv-file';
import { usePublishMap } from '../import-export/use-publish-map';
import './csv.css';

/** Downloads the map's occupations and transitions as CSV sheets the import reads back. */
export function ExportCsvButtons({ map }: { map: PathwayMap }) {
  const publish = usePublishMap();
  return (
    <span className="csv-export">
      <button type="button" onClick={() => downloadSheet(publish(map), 'occupations')}>
        Export occupations CSV
      </button>
      <button type="button" onClick={() => downloadSheet(publish(map), 'transitions')}>
        Export transitions CSV
      </button>
    </span>
  );
}
