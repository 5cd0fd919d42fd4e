import { downloadText } from '../../io/download';
import type { CtdlImportSummary } from '../../store/import-report-store';

/** Shown in the import report at most; the downloaded report lists every one. */
const SHOWN_NOT_KEPT = 8;

/**
 * What a CTDL import recognised (components, conditions, levels, destination), what it kept verbatim
 * with no place on the map (it goes back out on export), and the whole report to download.
 */
export function CtdlSummary({ ctdl, fileName }: { ctdl: CtdlImportSummary; fileName: string }) {
  const download = () => downloadText(`${reportBaseName(fileName)}.import-report.md`, ctdl.reportText, 'text/markdown');
  return (
    <>
      <p>Recognised:</p>
      <ul aria-label="Recognised">
        {ctdl.recognised.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {ctdl.notKept.length > 0 && (
        <>
          <p>{`Kept as written, with no place on the map (an export writes ${ctdl.notKept.length === 1 ? 'it' : 'them'} back):`}</p>
          <ul aria-label="Kept as written">
            {ctdl.notKept.slice(0, SHOWN_NOT_KEPT).map((item, index) => (
              <li key={index}>{`${item.where}: ${item.what}`}</li>
            ))}
            {ctdl.notKept.length > SHOWN_NOT_KEPT && <li>{`…and ${ctdl.notKept.length - SHOWN_NOT_KEPT} more in the downloaded report.`}</li>}
          </ul>
        </>
      )}
      <button type="button" onClick={download}>
        Download import report
      </button>
    </>
  );
}

/** "pathway.jsonld, model.jsonld" → "pathway". */
function reportBaseName(fileName: string): string {
  const first = fileName.split(', ')[0] ?? 'import';
  return first.replace(/\.(jsonld|json)$/i, '') || 'import';
}
