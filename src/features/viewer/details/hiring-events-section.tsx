import { HIRING_KIND_LABELS, hiringEventsOf, jobsText } from '../../../domain/hiring-event-words';
import type { Occupation, PathwayMap } from '../../../domain/schema/map';
import { dateLabel, utcDay } from '../../../domain/session/dates';
import { DetailSection } from './detail-section';
import { SourceCitation } from './source-citation';

/**
 * The hiring events that name this occupation, newest first: when, what kind, which employer, how
 * many jobs ("Jobs not known" when the map doesn't say, never 0) and the source that reports it.
 */
export function HiringEventsSection({ map, occupation }: { map: PathwayMap; occupation: Occupation }) {
  const events = hiringEventsOf(map, occupation.id);
  if (events.length === 0) return null;
  return (
    <DetailSection title="Hiring events">
      <ol className="detail-list detail-timeline" aria-label={`Hiring events for ${occupation.title}, newest first`}>
        {events.map((event) => {
          const note = event.note?.trim();
          return (
            <li key={event.id}>
              <time dateTime={utcDay(event.date)}>{dateLabel(event.date)}</time>
              {' · '}
              <span className="detail-item-title">{HIRING_KIND_LABELS[event.kind]}</span>
              {` · ${event.employer} · ${jobsText(event)}`}
              {note && <p className="detail-note detail-text">{note}</p>}
              {event.sourceId !== undefined && (
                <p className="detail-note">
                  Source: <SourceCitation map={map} sourceId={event.sourceId} />
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </DetailSection>
  );
}
