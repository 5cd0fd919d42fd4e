import { useId } from 'react';

const NOTE_LINES = 12;
const NEXT_STEPS = 8;

/**
 * Ruled space for what is said at the meeting, after the route (on the next page when the route
 * fills its own): the coach's notes, and the job seeker's next steps, each with a date to have it
 * done by. Empty on purpose: it is filled in by hand. The route is named at the top, so a loose page
 * still says what it belongs to.
 */
export function HandoutWriteIn({ route }: { route: string }) {
  const notesId = useId();
  const nextId = useId();
  return (
    <div className="route-handout__write-in">
      <p className="route-handout__map">{route}</p>
      <section aria-labelledby={notesId}>
        <h2 id={notesId}>Notes</h2>
        {Array.from({ length: NOTE_LINES }, (_, line) => (
          <div key={line} className="route-handout__rule" />
        ))}
      </section>
      <section aria-labelledby={nextId}>
        <h2 id={nextId}>Next steps, with dates</h2>
        {Array.from({ length: NEXT_STEPS }, (_, line) => (
          <div key={line} className="route-handout__rule route-handout__rule--dated">
            <span className="route-handout__rule-date">by</span>
          </div>
        ))}
      </section>
    </div>
  );
}
