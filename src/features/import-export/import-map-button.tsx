import { useRef, type ChangeEvent } from 'react';
import { useMapImport } from './use-map-import';

/** "Import map…": opens the system file picker for a Pathway Studio JSON file. */
export function ImportMapButton() {
  const input = useRef<HTMLInputElement>(null);
  const { importFile, importing } = useMapImport();

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // so choosing the same file again still imports it
    if (file) void importFile(file);
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={importing} aria-busy={importing}>
        {importing ? 'Importing…' : 'Import map…'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Map file to import"
        onChange={onFileChosen}
      />
    </>
  );
}
