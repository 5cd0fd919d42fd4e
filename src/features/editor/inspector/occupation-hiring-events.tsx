import { dateLabel } from '../../../domain/session/dates';
import { HIRING_KIND_LABELS, hiringEventsOf, jobsText } from '../../../domain/hiring-event-words';
import type { Occupation, PathwayMap } from '../../../domain/schema/map';

/**
 * The hiring events that name this occupation, newest first: read-only here, since an event may
 * touch several occupations; they are edited in the map's own Hiring events section.
 */
export function OccupationHiringEvents({ map, occupation }: { map: PathwayMap; occupation: Occupation }) {
  const events = hiringEventsOf(map, occupation.id);
  if (events.length === 0) {
    return <p className="inspector-hint">No hiring event names this occupation. Events are logged in the map's Hiring events section.</p>;
  }
  return (
    <>
      <ul className="inspector-hiring-events">
        {events.map((event) => (
          <li key={event.id}>
            {`${dateLabel(event.date)} · ${HIRING_KIND_LABELS[event.kind]} · ${event.employer} · ${jobsText(event)}`}
          </li>
        ))}
      </ul>
      <p className="inspector-hint">To change them, select nothing (Escape on the canvas) and open the map's Hiring events section.</p>
    </>
  );
}
