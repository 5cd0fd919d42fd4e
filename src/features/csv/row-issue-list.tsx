import type { SheetName } from '../../domain/csv/columns';
import { formatRowIssue, type RowIssue } from '../../domain/csv/row-issue';

const SHEET_TITLES: Record<SheetName, string> = { occupations: 'Occupations sheet', transitions: 'Transitions sheet' };

/** Row-level problems, one list per sheet ("Row 4, wage: must be a number of dollars, not "abc""). */
export function RowIssueList({ issues, intro }: { issues: readonly RowIssue[]; intro: string }) {
  if (issues.length === 0) return null;
  return (
    <div className="csv-issues" role="alert">
      <p>{intro}</p>
      {(['occupations', 'transitions'] as const).map((sheet) => {
        const ofSheet = issues.filter((issue) => issue.sheet === sheet);
        if (ofSheet.length === 0) return null;
        return (
          <div key={sheet}>
            <h3>{SHEET_TITLES[sheet]}</h3>
            <ul className="issue-list">
              {ofSheet.map((issue, index) => (
                <li key={index}>{formatRowIssue(issue)}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
