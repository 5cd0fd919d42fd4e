import { z } from './zod';
import { isoDate, nonEmptyText, ownId, text } from './fields';

/** The default of a map's `staleAfterMonths`: figures older than this are flagged as stale. */
export const DEFAULT_STALE_AFTER_MONTHS = 18;
/** Twenty years: a longer threshold would never flag anything a sector partnership keeps. */
export const MAX_STALE_AFTER_MONTHS = 240;

/** One validated release of a map: the date the partnership's employers validated it, and what changed. */
export const Release = z.looseObject({
  id: ownId(),
  date: isoDate().describe('The validated date.'),
  title: nonEmptyText().optional().describe('e.g. "2026 annual release".'),
  changes: text().describe('What changed since the last release, in plain words.'),
});

export type Release = z.infer<typeof Release>;

/** How many months old a wage or labor figure may be before the health check calls it stale. */
export const StaleAfterMonths = z
  .number()
  .int()
  .min(1)
  .max(MAX_STALE_AFTER_MONTHS)
  .describe(`Wage and labor figures older than this many months are reported as stale (${DEFAULT_STALE_AFTER_MONTHS} when left out).`);
