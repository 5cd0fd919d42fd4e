import type { SheetName } from '../../domain/csv/columns';
import type { CsvTable } from '../../domain/csv/csv-text';
import { matchHeaders } from '../../domain/csv/headers';
import type { RowIssue } from '../../domain/csv/row-issue';
import { plural } from '../../domain/describe';

const PREVIEW_ROWS = 20;

/**
 * The first rows of a sheet as read, each header saying which map field it fills (or that it is
 * ignored), and the cells with problems marked.
 */
export function CsvPreviewTable({ sheet, table, issues }: { sheet: SheetName; table: CsvTable; issues: readonly RowIssue[] }) {
  const { matches } = matchHeaders(sheet, table.headers);
  const ignored = matches.filter((match) => match.column === null);
  const marked = new Set(issues.filter((issue) => issue.sheet === sheet).map((issue) => `${issue.row}\n${issue.column}`));
  const shown = table.rows.slice(0, PREVIEW_ROWS);
  const title = sheet === 'occupations' ? 'Occupations' : 'Transitions';

  return (
    <div className="csv-preview">
      {ignored.length > 0 && (
        <p className="csv-preview__ignored-list">
          Ignored columns: {ignored.map((match) => `${match.header || `column ${match.index + 1}`} (${match.note.replace(/^ignored: /, '')})`).join('; ')}
        </p>
      )}
      <div className="csv-preview__scroll" tabIndex={0} role="group" aria-label={`${title} preview`}>
        <table>
          <caption>
            {title}: {plural(table.rows.length, 'row')}
            {table.rows.length > PREVIEW_ROWS && `, the first ${PREVIEW_ROWS} shown`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {matches.map((match) => (
                <th key={match.index} scope="col" className={match.column ? undefined : 'csv-preview__ignored'}>
                  {match.header || `(column ${match.index + 1})`}
                  <span className="csv-preview__field">{match.column ? ` → ${match.column.key}` : ' (ignored)'}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, cells }) => (
              <tr key={row} className={marked.has(`${row}\n`) ? 'csv-preview__problem' : undefined}>
                <th scope="row">{row}</th>
                {matches.map((match) => {
                  const problem = match.column !== null && marked.has(`${row}\n${match.column.key}`);
                  return (
                    <td key={match.index} className={problem ? 'csv-preview__problem' : match.column ? undefined : 'csv-preview__ignored'}>
                      {cells[match.index] ?? ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
