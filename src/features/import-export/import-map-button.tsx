import { useRef, type ChangeEvent } from 'react';
import { useMapImport } from './use-map-import';

/**
 * "Import map…": opens the system file picker for a Pathway Studio JSON file, or a CTDL pathway
 * (.json or .jsonld; its progression model may be a second file chosen with it).
 */
export function ImportMapButton() {
  const input = useRef<HTMLInputElement>(null);
  const { importFiles, importing } = useMapImport();

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = ''; // so choosing the same file again still imports it
    void importFiles(files);
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={importing} aria-busy={importing}>
        {importing ? 'Importing…' : 'Import map…'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        multiple
        hidden
        aria-label="Map file to import"
        onChange={onFileChosen}
      />
    </>
  );
}
