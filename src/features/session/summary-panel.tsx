import { plural } from '../../domain/describe';
import { Link } from 'react-router';
import { organizationsPresent } from '../../domain/session/organizations';
import { sessionSummaryCsv, sessionSummaryMarkdown } from '../../domain/session/summary';
import type { PathwayMap } from '../../domain/schema/map';
import { downloadText } from '../../io/download';
import { localDay } from '../../domain/local-day';

/** The session summary as files to circulate: Markdown to read, CSV for a spreadsheet. */
export function SummaryDownloads({ map }: { map: PathwayMap }) {
  const base = `${map.id}-session-summary`;
  return (
    <>
      <button
        type="button"
        onClick={() => downloadText(`${base}.md`, sessionSummaryMarkdown(map, localDay()), 'text/markdown;charset=utf-8')}
      >
        Download summary (Markdown)
      </button>
      <button
        type="button"
        // A byte-order mark, so Excel reads the CSV as UTF-8 (as the editor's CSV export does).
        onClick={() => downloadText(`${base}.csv`, `\uFEFF${sessionSummaryCsv(map)}`, 'text/csv;charset=utf-8')}
      >
        Download summary (CSV)
      </button>
    </>
  );
}

/** The Summary tab: what the summary holds, and the ways to take it away. */
export function SummaryPanel({ map }: { map: PathwayMap }) {
  const organizations = organizationsPresent(map).length;
  const remarks = map.feedback.filter((item) => item.kind !== 'attendance' && item.kind !== 'validated').length;
  return (
    <section className="session-section" aria-labelledby="session-summary-title">
      <h2 id="session-summary-title">Session summary</h2>
      <p className="session-hint">
        The critical ranking, skill gaps by occupation, every remark, the suggested changes and what became of them,
        and the {organizations === 1 ? 'organization' : `${organizations} organizations`} present (
        {plural(remarks, 'entry', 'entries')} in all: votes, remarks and suggestions).
      </p>
      <div className="toolbar">
        <SummaryDownloads map={map} />
        <Link className="button-link" to="?view=summary">
          Printable summary
        </Link>
      </div>
    </section>
  );
}
