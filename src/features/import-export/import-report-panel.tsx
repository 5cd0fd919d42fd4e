import { formatIssue } from '../../domain/parse';
import { useImportReportStore } from '../../store/import-report-store';

const MAX_SHOWN = 20;

/** The outcome of the last import: its errors (nothing was changed) or what was imported. */
export function ImportReportPanel() {
  const report = useImportReportStore((state) => state.report);
  const dismiss = useImportReportStore((state) => state.dismiss);
  if (!report) return null;

  const failed = report.outcome === 'failed';
  const issues = failed ? report.errors : report.warnings;
  return (
    <section
      className={failed ? 'import-report import-report--failed' : 'import-report'}
      role={failed ? 'alert' : 'status'}
      aria-labelledby="import-report-title"
    >
      <h2 id="import-report-title">
        {failed
          ? `Couldn't import “${report.fileName}”. Nothing was changed.`
          : `Imported “${report.title}” (${report.occupationCount} occupations).`}
      </h2>
      {issues.length > 0 && (
        <>
          {!failed && <p>Things to check:</p>}
          <ul>
            {issues.slice(0, MAX_SHOWN).map((issue, index) => (
              <li key={index}>{formatIssue(issue)}</li>
            ))}
          </ul>
          {issues.length > MAX_SHOWN && <p>…and {issues.length - MAX_SHOWN} more.</p>}
        </>
      )}
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
