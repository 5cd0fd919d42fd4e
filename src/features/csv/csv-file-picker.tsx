import { useRef, type ChangeEvent } from 'react';
import type { SheetName } from '../../domain/csv/columns';
import type { SheetState } from './use-csv-sheets';

const TEMPLATE_URL = (sheet: SheetName) => `${import.meta.env.BASE_URL}templates/${sheet}-template.csv`;

/** "Choose occupations CSV…": a file picker for one sheet, what was chosen, and the sheet's template. */
export function CsvFilePicker({
  sheet,
  state,
  optional = false,
  onFile,
  onClear,
}: {
  sheet: SheetName;
  state: SheetState;
  optional?: boolean;
  onFile: (file: File) => void;
  onClear: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const statusId = `csv-${sheet}-status`;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // so choosing the same file again, after fixing it, reads it again
    if (file) onFile(file);
  };

  return (
    <div className="csv-picker">
      <button type="button" onClick={() => input.current?.click()} aria-describedby={statusId}>
        Choose {sheet} CSV…
      </button>
      <input ref={input} type="file" accept=".csv,text/csv" hidden aria-label={`${sheet === 'occupations' ? 'Occupations' : 'Transitions'} CSV file`} onChange={onChange} />
      <span id={statusId} className="csv-picker__status">
        {state.status === 'empty' ? (optional ? 'No file chosen (optional)' : 'No file chosen') : state.fileName}
        {state.status === 'reading' && ' (reading…)'}
      </span>
      {optional && state.status !== 'empty' && (
        <button type="button" onClick={onClear}>
          Remove {sheet} CSV
        </button>
      )}
      <a href={TEMPLATE_URL(sheet)} download={`${sheet}-template.csv`}>
        Download {sheet} template
      </a>
      {state.status === 'failed' && (
        <p className="field-problem" role="alert">
          {state.fileName}: {state.error}
        </p>
      )}
    </div>
  );
}
