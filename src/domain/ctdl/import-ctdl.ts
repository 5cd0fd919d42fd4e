import type { ParseIssue } from '../issues';
import type { PathwayMap } from '../schema/map';
import { ctdlToMap, type CtdlImportReport } from './ctdl-to-map';
import { readCtdl } from './read-ctdl';
import { reportText } from './ctdl-report';

export type CtdlImport =
  | { ok: true; map: PathwayMap; report: CtdlImportReport; reportText: string; updates: PathwayMap | undefined }
  | { ok: false; errors: ParseIssue[] };

/**
 * CTDL files (a pathway, and its progression model in a file of its own if it came so) → a map,
 * with a report of what was recognised and what was kept without a place. `findExisting`: the
 * library's map with the same id, if any; when it is the same pathway (same CTID) the import updates
 * it (cards matched by CTID keep what the file does not speak for) rather than adding a copy. Async: the JSON-LD processor is.
 */
export async function importCtdl(
  files: readonly { name: string; text: string }[],
  findExisting: (mapId: string) => PathwayMap | undefined,
): Promise<CtdlImport> {
  const read = await readCtdl(files);
  if (!read.ok) return read;
  const fresh = ctdlToMap(read.graph);
  if (!fresh.ok) return fresh;
  // Only the same pathway is updated: the library's map must carry the file's pathway CTID. A map
  // that merely shares an id (a title's slug, when the file gives no CTID) gets a copy instead.
  const found = findExisting(fresh.map.id);
  const existing = found?.pathwayCtid !== undefined && found.pathwayCtid === fresh.map.pathwayCtid ? found : undefined;
  const made = existing ? ctdlToMap(read.graph, existing) : fresh;
  if (!made.ok) return made;
  const report = { ...made.report, warnings: [...read.warnings, ...made.report.warnings] };
  return {
    ok: true,
    map: made.map,
    report,
    reportText: reportText(files.map((file) => file.name), report),
    updates: existing,
  };
}
