import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ParseIssue } from '../../domain/parse';
import { parseMap } from '../../domain/parse';
import { replaceMap } from '../../domain/commands/replace-map';
import { elementIdList } from '../../domain/commands/readable-ids';
import { looksLikeCtdl } from '../../domain/ctdl/looks-like-ctdl';
import { readTextFile } from '../../io/read-text-file';
import { recordPublished } from '../../io/published-ids';
import { useImportReportStore, type ImportReport } from '../../store/import-report-store';
import { useAppStore } from '../../store/app-store';
import { hasMap } from '../../store/library-slice';

type Outcome = { report: ImportReport; openMapId?: string };

/**
 * Imports map files into the library and opens the map. A Pathway Studio map file is one file; a
 * CTDL pathway may come with its progression model in a second file, so several files are read
 * together as one CTDL import. A file that fails leaves every open map exactly as it was and keeps
 * its error detail on screen until dismissed.
 */
export function useMapImport(): { importFiles: (files: readonly File[]) => Promise<void>; importing: boolean } {
  const showReport = useImportReportStore((state) => state.show);
  const navigate = useNavigate();
  const [importing, setImporting] = useState(false);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setImporting(true);
      const fileName = files.map((file) => file.name).join(', ');
      try {
        const outcome = await importRead(files, fileName);
        showReport(outcome.report);
        if (outcome.openMapId !== undefined) await navigate(`/maps/${encodeURIComponent(outcome.openMapId)}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        showReport({ outcome: 'failed', fileName, errors: [{ path: '', message: `The file could not be read (${reason}).` }] });
      } finally {
        setImporting(false);
      }
    },
    [navigate, showReport],
  );

  return { importFiles, importing };
}

async function importRead(files: readonly File[], fileName: string): Promise<Outcome> {
  const texts: { name: string; text: string }[] = [];
  for (const file of files) {
    const read = await readTextFile(file, 'a map file');
    if (!read.ok) return failed(fileName, [{ path: files.length > 1 ? file.name : '', message: read.message }]);
    texts.push({ name: file.name, text: read.text });
  }
  if (texts.some((file) => looksLikeCtdl(file.text))) return importCtdlFiles(texts, fileName);
  if (texts.length > 1) {
    return failed(fileName, [
      { path: '', message: 'Choose one map file at a time. Several files are read together only as one CTDL pathway and its progression model.' },
    ]);
  }
  return importMapText(texts[0]!.text, fileName);
}

function importMapText(text: string, fileName: string): Outcome {
  const result = parseMap(text);
  if (!result.ok) return failed(fileName, result.errors);
  const mapId = useAppStore.getState().addMap(result.map);
  // The file holds these ids: they never change now (see publish-map.ts).
  recordPublished(mapId, elementIdList(result.map));
  const warnings: ParseIssue[] =
    mapId === result.map.id ? result.warnings : [...result.warnings, { path: 'id', message: copyMessage(result.map.id, mapId) }];
  return {
    report: { outcome: 'imported', fileName, mapId, title: result.map.title, occupationCount: result.map.occupations.length, warnings },
    openMapId: mapId,
  };
}

/**
 * A CTDL pathway: read by the JSON-LD processor, loaded only now (it is large, and most visits never
 * import one). A pathway the library already has (same CTID) is updated in place, as one step Undo
 * takes back; a sample is never changed, so it gets a copy.
 */
async function importCtdlFiles(files: readonly { name: string; text: string }[], fileName: string): Promise<Outcome> {
  const { importCtdl } = await import('../../domain/ctdl/import-ctdl');
  const store = useAppStore.getState;
  const findExisting = (mapId: string) => {
    const entry = store().entries[mapId];
    return hasMap(store(), mapId) && entry?.source === 'device' ? entry.map : undefined;
  };
  const result = await importCtdl(files, findExisting);
  if (!result.ok) return failed(fileName, result.errors);
  const { map, report } = result;
  let mapId = map.id;
  if (result.updates) {
    store().apply(mapId, (draft) => replaceMap(draft, map), { capture: 'step' });
  } else {
    mapId = store().addMap(map);
    recordPublished(mapId, elementIdList(map));
  }
  const warnings: ParseIssue[] = mapId === map.id ? report.warnings : [...report.warnings, { path: 'id', message: copyMessage(map.id, mapId) }];
  return {
    report: {
      outcome: 'imported',
      fileName,
      mapId,
      title: map.title,
      occupationCount: map.occupations.length,
      warnings,
      ctdl: { recognised: report.recognised, notKept: report.notKept, reportText: result.reportText, updated: result.updates !== undefined },
    },
    openMapId: mapId,
  };
}

const failed = (fileName: string, errors: ParseIssue[]): Outcome => ({ report: { outcome: 'failed', fileName, errors } });

function copyMessage(originalId: string, copyId: string): string {
  return `The library already has a map with the id "${originalId}", so this file was added as a copy with the id "${copyId}". Nothing was overwritten.`;
}
