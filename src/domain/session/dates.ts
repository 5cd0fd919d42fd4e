// Dates in the map are ISO 8601: a date, a date and time with an offset, or a local date and time.
// Sessions read them the same on every machine: a local time is taken as written (as if UTC).

const HAS_OFFSET = /(?:z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Milliseconds since 1970 for ordering; a value that can't be read sorts first. */
export function timeOf(iso: string): number {
  const withZone = iso.length > 10 && !HAS_OFFSET.test(iso) ? `${iso}Z` : iso;
  const time = Date.parse(withZone);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** The calendar day in UTC: "2026-11-23". */
export function utcDay(iso: string): string {
  if (iso.length <= 10 || !HAS_OFFSET.test(iso)) return iso.slice(0, 10);
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso.slice(0, 10) : new Date(time).toISOString().slice(0, 10);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 November 2026" (the UTC day); the text as given when it isn't a date. */
export function dateLabel(iso: string): string {
  const time = Date.parse(`${utcDay(iso)}T00:00:00Z`);
  return Number.isNaN(time) ? iso : dayFormat.format(time);
}
