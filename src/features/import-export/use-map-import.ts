import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ParseIssue } from '../../domain/parse';
import { elementIdList } from '../../domain/commands/readable-ids';
import { readMapFile } from '../../io/json-file';
import { recordPublished } from '../../io/published-ids';
import { useImportReportStore } from '../../store/import-report-store';
import { useAppStore } from '../../store/app-store';

/**
 * Imports a map file into the library and opens it. A file that fails leaves every open map
 * exactly as it was and keeps its error detail on screen until dismissed.
 */
export function useMapImport(): { importFile: (file: File) => Promise<void>; importing: boolean } {
  const addMap = useAppStore((state) => state.addMap);
  const showReport = useImportReportStore((state) => state.show);
  const navigate = useNavigate();
  const [importing, setImporting] = useState(false);

  const importFile = useCallback(
    async (file: File) => {
      setImporting(true);
      try {
        const result = await readMapFile(file);
        if (!result.ok) {
          showReport({ outcome: 'failed', fileName: file.name, errors: result.errors });
          return;
        }
        const mapId = addMap(result.map);
        // The file holds these ids: they never change now (see publish-map.ts).
        recordPublished(mapId, elementIdList(result.map));
        const warnings: ParseIssue[] =
          mapId === result.map.id
            ? result.warnings
            : [...result.warnings, { path: 'id', message: copyMessage(result.map.id, mapId) }];
        showReport({
          outcome: 'imported',
          fileName: file.name,
          mapId,
          title: result.map.title,
          occupationCount: result.map.occupations.length,
          warnings,
        });
        await navigate(`/maps/${encodeURIComponent(mapId)}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        showReport({ outcome: 'failed', fileName: file.name, errors: [{ path: '', message: `The file could not be read (${reason}).` }] });
      } finally {
        setImporting(false);
      }
    },
    [addMap, navigate, showReport],
  );

  return { importFile, importing };
}

function copyMessage(originalId: string, copyId: string): string {
  return `The library already has a map with the id "${originalId}", so this file was added as a copy with the id "${copyId}". Nothing was overwritten.`;
}
