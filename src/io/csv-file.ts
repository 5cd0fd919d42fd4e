import type { SheetName } from '../domain/csv/columns';
import { parseCsvText, type CsvTable } from '../domain/csv/csv-text';
import { occupationsToCsv, transitionsToCsv } from '../domain/csv/map-to-rows';
import type { PathwayMap } from '../domain/schema/map';
import { MAX_FILE_BYTES } from '../domain/schema/limits';
import { downloadText } from './download';

/**
 * Reads a CSV sheet the user picked: a header row and data rows, or a message that says what to do.
 * Oversized files are refused before they are read into memory, like map files.
 */
export async function readCsvFile(file: File, sheet: SheetName): Promise<CsvTable | { error: string }> {
  if (file.size > MAX_FILE_BYTES) {
    const megabytes = (file.size / 1_000_000).toFixed(1);
    return { error: `This file is ${megabytes} MB; a CSV file can be at most ${MAX_FILE_BYTES / 1_000_000} MB.` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { error: "The file couldn't be read. If it is open in another program or was moved, choose it again." };
  }
  const result = parseCsvText(text, sheet);
  return result.ok ? result.table : { error: result.error };
}

// Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without one, accented
// letters turn into mojibake. The import strips it again.
const BOM = '\uFEFF';

/** Downloads one sheet of the map as CSV. */
export function downloadSheet(map: PathwayMap, sheet: SheetName): void {
  const text = sheet === 'occupations' ? occupationsToCsv(map) : transitionsToCsv(map);
  downloadText(`${map.id}-${sheet}.csv`, BOM + text, 'text/csv;charset=utf-8');
}
