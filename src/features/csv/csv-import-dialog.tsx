import { useMemo, useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import type { MatchBy } from '../../domain/csv/merge';
import { mergeImport } from '../../domain/csv/merge-import';
import { rowsToMap, type CsvSheets } from '../../domain/csv/rows-to-map';
import type { PathwayMap } from '../../domain/schema/map';
import { suggestMapTitle } from '../../domain/csv/sheet-map-facts';
import { plural } from '../../domain/describe';
import { CsvColumnsHelp } from './csv-columns-help';
import { CsvFilePicker } from './csv-file-picker';
import { CsvPreviewTable } from './csv-preview-table';
import { MatchByChoice, describeMerge } from './merge-options';
import { ReadingNotes } from './reading-notes';
import { RowIssueList } from './row-issue-list';
import { useCsvSheets } from './use-csv-sheets';
import './csv.css';

const FIX_AND_RETRY = 'Nothing has been imported. Fix these rows in your spreadsheet, save it as CSV and choose it again.';

/**
 * "Import from CSV": pick an occupations sheet (and optionally a transitions sheet), see how they
 * are read and every row-level problem, then import them as a new map or merge them into the open
 * one. Nothing changes until a button is clicked; the caller closes the dialog after onImportNew
 * or onMerge.
 */
export function CsvImportDialog({
  openMap,
  onClose,
  onImportNew,
  onMerge,
}: {
  openMap?: PathwayMap;
  onClose: () => void;
  onImportNew: (map: PathwayMap) => void;
  onMerge: (map: PathwayMap) => void;
}) {
  const { sheets, choose, clear } = useCsvSheets();
  const [matchBy, setMatchBy] = useState<MatchBy>('socCode');
  const { occupations, transitions } = sheets;

  const input = useMemo((): CsvSheets | null => {
    if (occupations.status !== 'read' || transitions.status === 'reading' || transitions.status === 'failed') return null;
    return { occupationRows: occupations.table, transitionRows: transitions.status === 'read' ? transitions.table : undefined };
  }, [occupations, transitions]);
  const suggested = occupations.status === 'read' ? suggestMapTitle(occupations.table, occupations.fileName) : '';
  // The suggestion follows the sheet until the user writes a title of their own.
  const [typedTitle, setTypedTitle] = useState<string | null>(null);
  const title = typedTitle ?? suggested;
  const imported = useMemo(() => (input ? rowsToMap(input, { title }) : null), [input, title]);
  const merged = useMemo(() => (openMap && imported?.ok ? mergeImport(openMap, imported, matchBy) : null), [openMap, imported, matchBy]);
  const issues = imported && !imported.ok ? imported.rowIssues : [];

  const importNew = () => {
    if (!input) return;
    // Made again with the time of the click, so the new map's dates say when it was imported.
    const result = rowsToMap(input, { title, now: new Date() });
    if (result.ok) onImportNew(result.map);
  };

  return (
    <ModalDialog title="Import from CSV" onClose={onClose}>
      <div className="csv-import">
        <p>
          Choose an occupations sheet (its cards: jobs, and any credentials, programs, experience and milestones, told apart by a kind
          column) and, if you have one, a transitions sheet, saved as CSV. You will see how they are read before anything is imported.
        </p>
        <CsvFilePicker sheet="occupations" state={occupations} onFile={(file) => void choose('occupations', file)} onClear={() => clear('occupations')} />
        <CsvFilePicker sheet="transitions" state={transitions} optional onFile={(file) => void choose('transitions', file)} onClear={() => clear('transitions')} />
        <CsvColumnsHelp />

        <RowIssueList issues={issues} intro={FIX_AND_RETRY} />
        <ReadingNotes notes={imported?.notes ?? []} />
        {occupations.status === 'read' && (
          <label className="csv-import__title">
            Map title
            <input value={title} maxLength={200} onChange={(event) => setTypedTitle(event.target.value)} />
          </label>
        )}
        {occupations.status === 'read' && <CsvPreviewTable sheet="occupations" table={occupations.table} issues={issues} />}
        {transitions.status === 'read' && <CsvPreviewTable sheet="transitions" table={transitions.table} issues={issues} />}

        {imported?.ok && (
          <p role="status">
            Ready: {plural(imported.map.occupations.length, 'occupation')}
            {imported.map.steps.length > 0 && `, ${plural(imported.map.steps.length, 'step card')}`} and {plural(imported.map.transitions.length, 'move')}.
          </p>
        )}
        <div className="toolbar">
          <button type="button" disabled={!imported?.ok} onClick={importNew}>
            Import as a new map
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>

        {openMap && (
          <section className="csv-merge" aria-labelledby="csv-merge-title">
            <h3 id="csv-merge-title">Or merge into “{openMap.title}”</h3>
            <MatchByChoice value={matchBy} onChange={setMatchBy} />
            {merged?.ok && <p role="status">{describeMerge(merged.summary)}</p>}
            {merged && !merged.ok && <RowIssueList issues={merged.rowIssues} intro="These rows can't be merged into this map; nothing has been changed." />}
            <button type="button" disabled={!merged?.ok} onClick={() => merged?.ok && onMerge(merged.map)}>
              Merge into this map
            </button>
          </section>
        )}
      </div>
    </ModalDialog>
  );
}
