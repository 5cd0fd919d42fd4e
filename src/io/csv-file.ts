import type { SheetName } from '../domain/csv/columns';
import { parseCsvText, type CsvTable } from '../domain/csv/csv-text';
import { occupationsToCsv, transitionsToCsv } from '../domain/csv/map-to-rows';
import type { PathwayMap } from '../domain/schema/map';
import { readTextFile } from './read-text-file';
import { downloadText } from './download';
import { exportFileName } from './file-names';

/**
 * Reads a CSV sheet the user picked: a header row and data rows, or a message that says what to do.
 * Oversized files are refused before they are read into memory, like map files.
 */
export async function readCsvFile(file: File, sheet: SheetName): Promise<CsvTable | { error: string }> {
  const read = await readTextFile(file, 'a CSV file');
  if (!read.ok) return { error: read.message };
  const result = parseCsvText(read.text, sheet);
  return result.ok ? result.table : { error: result.error };
}

// Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without one, accented
// letters turn into mojibake. The import strips it again.
const BOM = '\uFEFF';

/** Downloads one sheet of the map as CSV. */
export function downloadSheet(map: PathwayMap, sheet: SheetName): void {
  const text = sheet === 'occupations' ? occupationsToCsv(map) : transitionsToCsv(map);
  downloadText(exportFileName(map, `-${sheet}.csv`), BOM + text, 'text/csv;charset=utf-8');
}
