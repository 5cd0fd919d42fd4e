import { COLUMNS, REQUIRED_COLUMNS, type SheetName } from '../../domain/csv/columns';

/** The documented columns, from the same list the import reads: this is the CSV format's documentation. */
export function CsvColumnsHelp() {
  return (
    <details className="csv-help">
      <summary>Which columns can the sheets have?</summary>
      <p>
        The first row names the columns, in any order; case, spaces and punctuation don’t matter (“Wage min” is wageMin).
        Blank cells are left out. Columns not listed here are ignored.
      </p>
      {(['occupations', 'transitions'] as const).map((sheet: SheetName) => (
        <div key={sheet}>
          <h3>{sheet === 'occupations' ? 'Occupations sheet' : 'Transitions sheet'}</h3>
          <dl>
            {COLUMNS[sheet].map((column) => (
              <div key={column.key}>
                <dt>
                  {column.key}
                  {REQUIRED_COLUMNS[sheet].includes(column.key) && ' (required)'}
                </dt>
                <dd>
                  {column.help}
                  {column.aliases.length > 0 && ` Also read from: ${column.aliases.join(', ')}.`}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </details>
  );
}
