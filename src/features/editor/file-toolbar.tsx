import type { PathwayMap } from '../../domain/schema/map';
import { ExportCsvButtons } from '../csv/export-csv-buttons';
import { useCsvImportDialog } from '../csv/use-csv-import-dialog';
import { ExportMapButton } from '../import-export/export-map-button';
import { ExportCtdlButton } from '../import-export/export-ctdl-button';
import { ExportImageButtons } from './export-image-buttons';
import { useWageSheetDialog } from '../wage-sheet/use-wage-sheet-dialog';
import { ImportMapButton } from '../import-export/import-map-button';

/** Getting a map in and out: JSON, CTDL, CSV sheets and images. */
export function FileToolbar({ map }: { map: PathwayMap }) {
  const csvImport = useCsvImportDialog(map);
  const wageSheet = useWageSheetDialog(map);
  return (
    <div className="toolbar" role="toolbar" aria-label="Map file">
      <ImportMapButton />
      <button type="button" onClick={csvImport.open}>
        Import CSV…
      </button>
      <button type="button" onClick={wageSheet.open}>
        Update wages from a sheet…
      </button>
      <ExportMapButton map={map} />
      <ExportCtdlButton map={map} />
      <ExportCsvButtons map={map} />
      <ExportImageButtons map={map} />
      {csvImport.dialog}
      {wageSheet.dialog}
    </div>
  );
}
