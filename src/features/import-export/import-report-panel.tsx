import { plural } from '../../domain/describe';
import { formatIssue, type ParseIssue } from '../../domain/parse';
import { ModalDialog } from '../../components/modal-dialog';
import { useImportReportStore } from '../../store/import-report-store';
import { CtdlSummary } from './ctdl-import-summary';

/**
 * The outcome of the last import. A failure opens a dialog listing every located error (nothing
 * was changed); a success shows a status line with anything worth checking.
 */
export function ImportReportPanel() {
  const report = useImportReportStore((state) => state.report);
  const dismiss = useImportReportStore((state) => state.dismiss);
  if (!report) return null;

  if (report.outcome === 'failed') {
    return (
      <ModalDialog title={`Couldn't import “${report.fileName}”. Nothing was changed.`} onClose={dismiss} tone="problem">
        <IssueList issues={report.errors} />
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
          </button>
        </form>
      </ModalDialog>
    );
  }
  const ctdl = report.ctdl;
  return (
    <section className="import-report" role="status" aria-labelledby="import-report-title">
      <h2 id="import-report-title">
        {ctdl?.updated ? 'Updated' : 'Imported'} “{report.title}” ({plural(report.occupationCount, 'occupation')})
        {ctdl ? ' from a CTDL pathway.' : '.'}
      </h2>
      {ctdl && <CtdlSummary ctdl={ctdl} fileName={report.fileName} />}
      {report.warnings.length > 0 && (
        <>
          <p>Things to check:</p>
          <IssueList issues={report.warnings} />
        </>
      )}
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}

function IssueList({ issues }: { issues: readonly ParseIssue[] }) {
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => (
        <li key={index}>{formatIssue(issue)}</li>
      ))}
    </ul>
  );
}
