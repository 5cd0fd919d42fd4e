import type { PathwayMap } from '../../domain/schema/map';
import { downloadSheet } from '../../io/csv-file';
import './csv.css';

/** Downloads the map's occupations and transitions as CSV sheets the import reads back. */
export function ExportCsvButtons({ map }: { map: PathwayMap }) {
  return (
    <span className="csv-export">
      <button type="button" onClick={() => downloadSheet(map, 'occupations')}>
        Export occupations CSV
      </button>
      <button type="button" onClick={() => downloadSheet(map, 'transitions')}>
        Export transitions CSV
      </button>
    </span>
  );
}
