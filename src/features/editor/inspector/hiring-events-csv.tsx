import { useState, type ChangeEvent } from 'react';
import type { HiringEventEdit } from '../../../domain/commands/hiring-events';
import { parseCsvText } from '../../../domain/csv/csv-text';
import { formatHiringEventIssue, hiringEventsToCsv, readHiringEventsSheet, type HiringEventIssue } from '../../../domain/csv/hiring-events-sheet';
import { plural } from '../../../domain/describe';
import type { PathwayMap } from '../../../domain/schema/map';
import { downloadText } from '../../../io/download';
import { exportFileName } from '../../../io/file-names';
import { readTextFile } from '../../../io/read-text-file';

type Props = { map: PathwayMap; onHiringEvents: (edit: HiringEventEdit, field: string) => void };

let imports = 0;

/**
 * The log as a CSV sheet: exported with the documented columns, and imported into this map in one
 * undo step (a row whose id the map has replaces that event). A sheet with any bad row imports
 * nothing; each problem is listed with its row and column.
 */
export function HiringEventsCsv({ map, onHiringEvents }: Props) {
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [issues, setIssues] = useState<HiringEventIssue[]>([]);

  const exportSheet = () => downloadText(exportFileName(map, '-hiring-events.csv'), `\uFEFF${hiringEventsToCsv(map)}`, 'text/csv;charset=utf-8');

  const importSheet = async (file: File) => {
    setIssues([]);
    const read = await readTextFile(file, 'a CSV file');
    if (!read.ok) return setStatus(`${file.name}: ${read.message}`);
    // Parsed with the transitions sheet's row limit: a log of events is never longer than a map's moves can be.
    const parsed = parseCsvText(read.text, 'transitions');
    if (!parsed.ok) return setStatus(`${file.name}: ${parsed.error}`);
    const reading = readHiringEventsSheet(parsed.table, map);
    if (!reading.ok) {
      setIssues(reading.issues);
      return setStatus(`${file.name}: nothing was imported. Fix these rows in your spreadsheet, save it as CSV and choose it again.`);
    }
    const known = new Set(map.hiringEvents.map((event) => event.id));
    const replaced = reading.events.filter((event) => known.has(event.id)).length;
    onHiringEvents({ op: 'merge', events: reading.events }, `map:hiringEvents:import#${(imports += 1)}`);
    setStatus(`Imported ${plural(reading.events.length - replaced, 'new event')}${replaced > 0 ? `, ${plural(replaced, 'event')} replaced` : ''}. Undo takes the import back.`);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // so choosing the same file again, after fixing it, reads it again
    if (file) void importSheet(file);
  };

  return (
    <div className="inspector-list">
      <div className="toolbar">
        <button type="button" onClick={exportSheet}>
          Export hiring events CSV
        </button>
      </div>
      {/* A plain, visible file input: named by its label and usable from the keyboard as it is. */}
      <label className="inspector-field">
        Import hiring events CSV
        <input type="file" accept=".csv,text/csv" onChange={onChange} />
      </label>
      <p role="status" className="inspector-row__note">
        {status}
      </p>
      {issues.length > 0 && (
        <ul className="inspector-list__notice" aria-label="Problems in the hiring events sheet">
          {issues.map((issue, index) => (
            <li key={index}>{formatHiringEventIssue(issue)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
