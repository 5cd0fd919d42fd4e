import type { RawMap } from './run';

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A wage with its figure under `median` (and none under `amount`), with the figure moved to `amount`. */
function wageWithAmount(wage: unknown): unknown {
  if (!isEntry(wage) || !Object.hasOwn(wage, 'median') || Object.hasOwn(wage, 'amount')) return wage;
  const { median, ...rest } = wage;
  return { ...rest, amount: median };
}

function occupationWithAmount(occupation: unknown): unknown {
  if (!isEntry(occupation) || !isEntry(occupation.wage)) return occupation;
  return { ...occupation, wage: wageWithAmount(occupation.wage) };
}

/** A session suggestion to set the old field name 'wage.median' now sets 'wage.amount'. */
function feedbackWithAmount(record: unknown): unknown {
  if (!isEntry(record) || !isEntry(record.suggestion) || record.suggestion.field !== 'wage.median') return record;
  return { ...record, suggestion: { ...record.suggestion, field: 'wage.amount' } };
}

/**
 * Before #14 the wage figure was stored as `wage.median` whatever its statistic, so a file said
 * `"statistic": "mean", "median": 32400`. The key is `amount` now; v1 files and v2 files written
 * before the rename still say `median`, and are read as `amount` here (the app writes only `amount`).
 * Pure; a value of the wrong shape is left as it was, for the validator to name where it is.
 */
export function wageAmountFromMedian(doc: RawMap): Record<string, unknown> {
  return {
    ...doc,
    ...(Array.isArray(doc.occupations) && { occupations: doc.occupations.map(occupationWithAmount) }),
    ...(Array.isArray(doc.feedback) && { feedback: doc.feedback.map(feedbackWithAmount) }),
  };
}
