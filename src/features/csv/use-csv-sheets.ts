import { useCallback, useRef, useState } from 'react';
import type { SheetName } from '../../domain/csv/columns';
import type { CsvTable } from '../../domain/csv/csv-text';
import { readCsvFile } from '../../io/csv-file';

export type SheetState =
  | { status: 'empty' }
  | { status: 'reading'; fileName: string }
  | { status: 'read'; fileName: string; table: CsvTable }
  | { status: 'failed'; fileName: string; error: string };

const EMPTY: SheetState = { status: 'empty' };

/** The two sheets the user picked, read in the background; a later pick wins over a slower earlier one. */
export function useCsvSheets() {
  const [sheets, setSheets] = useState<Record<SheetName, SheetState>>({ occupations: EMPTY, transitions: EMPTY });
  const latest = useRef<Record<SheetName, number>>({ occupations: 0, transitions: 0 });

  const set = useCallback((sheet: SheetName, state: SheetState) => setSheets((current) => ({ ...current, [sheet]: state })), []);

  const choose = useCallback(
    async (sheet: SheetName, file: File) => {
      const request = ++latest.current[sheet];
      set(sheet, { status: 'reading', fileName: file.name });
      const result = await readCsvFile(file, sheet);
      if (request !== latest.current[sheet]) return;
      set(sheet, 'error' in result ? { status: 'failed', fileName: file.name, error: result.error } : { status: 'read', fileName: file.name, table: result });
    },
    [set],
  );

  const clear = useCallback(
    (sheet: SheetName) => {
      latest.current[sheet]++;
      set(sheet, EMPTY);
    },
    [set],
  );

  return { sheets, choose, clear };
}
