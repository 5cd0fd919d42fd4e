import { formatRowIssue, type RowIssue } from '../../domain/csv/row-issue';

/** How forgiving readings were read ("Row 2, wageMin: "$45,000" read as $45,000"), to check before importing. */
export function ReadingNotes({ notes }: { notes: readonly RowIssue[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="csv-notes" aria-labelledby="csv-notes-title">
      <h3 id="csv-notes-title">Read with care</h3>
      <p>These cells were not written as the template asks; check that they were read as you meant.</p>
      <ul className="issue-list">
        {notes.map((note, index) => (
          <li key={index}>
            {note.sheet === 'transitions' ? 'Transitions, ' : ''}
            {formatRowIssue(note)}
          </li>
        ))}
      </ul>
    </section>
  );
}
