import { z } from './zod';
import { describeValue, formatNumber } from '../describe';
import { MAX_STRING_LENGTH } from './limits';

// Field builders shared by the map's objects. Messages that need to know what a field means (dollars,
// dates) live here; generic ones ("is required") come from input/zod-messages.ts.

/** Plain text: never rendered as HTML, so any characters are fine. */
export const text = () => z.string().max(MAX_STRING_LENGTH);

/** Text that must say something (names, labels, titles). */
export const nonEmptyText = (max = MAX_STRING_LENGTH) => z.string().min(1).max(max);

/** An id, or a reference to one. */
export const id = () => nonEmptyText();

/** The id field of a thing. Uniqueness is checked in checks/ids.ts. */
export const ownId = () =>
  id().describe('Unique id. Required in the format; a file without one is still imported, with a generated id and a warning.');

export const textList = () => z.array(text());

/** The map's sources this thing cites, by id (checked in checks/references.ts). */
export const sourceIds = () => z.array(id()).optional().describe('Ids of the map\'s sources this cites.');

function moneyHint(input: unknown): string {
  if (typeof input !== 'string') return '';
  const digits = input.replace(/[$,\s]|USD/gi, '');
  return digits !== '' && Number.isFinite(Number(digits)) ? ` (write it as ${Number(digits)})` : '';
}

/** US dollars, never negative. */
export const dollars = () =>
  z
    .number({
      error: (iss) =>
        iss.code === 'invalid_type' && iss.input !== undefined
          ? `must be a number of dollars, not ${describeValue(iss.input)}${moneyHint(iss.input)}`
          : undefined,
    })
    .min(0);

/** A non-negative amount (months, weeks). */
export const amount = () => z.number().min(0);

/** A whole count of people, jobs or openings. */
export const count = () => z.number().int().min(0);

export const percent = () => z.number().min(0).max(100);

export const year = () => z.number().int().min(1900).max(2200);

/** ISO 8601: a date (2024-05-01) or a date and time (2024-05-01T09:30:00Z). One instance, so the JSON Schema can name it. */
export const IsoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: (iss) =>
    iss.input === undefined
      ? undefined
      : `must be a date like 2024-05-01 (or a date and time like 2024-05-01T09:30:00Z), not ${describeValue(iss.input)}`,
});
export const isoDate = () => IsoDate;

/** A list with a size limit whose message names the limit: "has 6,000 occupations; a map can have at most 5,000". */
export const limitedList = <T extends z.ZodType>(item: T, max: number, noun: string) =>
  z.array(item).max(max, {
    error: (iss) =>
      Array.isArray(iss.input)
        ? `has ${formatNumber(iss.input.length)} ${noun}; a map can have at most ${formatNumber(max)}`
        : undefined,
  });

/** A CTID, the Credential Registry's identifier: "ce-" and a UUID. */
export const CTID_PATTERN = /^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What an imported CTDL thing said that no field here holds (constraints, credit values, unknown
 * classes and properties), kept verbatim as expanded JSON-LD (property IRI → values), so an export
 * writes it back and nothing is lost (domain/ctdl).
 */
export const ctdlKept = () => z.record(z.string(), z.unknown()).optional();
