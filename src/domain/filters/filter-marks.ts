import type { Occupation } from '../schema/map';
import { filterOutcome, isFilterActive, UNKNOWN_FIGURES, type FilterOutcome, type OccupationFilter, type UnknownFigure } from './occupation-filter';

/** A card's outcome when it is not a plain match. */
export type MarkedOutcome = Exclude<FilterOutcome, { kind: 'match' }>;

/** What the filters do to a map's occupations: the same answer for the canvas, the outline, search and the match line. */
export type FilterMarks = {
  /** Every card that does not plainly match, by id: "no-match" or "not-known" (with what is missing). */
  readonly outcomes: ReadonlyMap<string, MarkedOutcome>;
  /** Cards drawn dimmed: non-matches, and cards not known for the filters unless they are included. */
  readonly dimmedIds: ReadonlySet<string>;
  readonly count: MatchCount;
};

/** The figures of the match line. */
export type MatchCount = {
  readonly matching: number;
  readonly total: number;
  /** How many cards are not known for the filters for want of each figure (a card lacking two counts in both). */
  readonly missing: ReadonlyMap<UnknownFigure, number>;
  /** How many cards are not known for the filters at all. */
  readonly notKnown: number;
  /** Whether those cards are shown (marked) rather than dimmed with the non-matches. */
  readonly includeNotKnown: boolean;
};

const NO_MARKS: FilterMarks['outcomes'] = new Map();
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The filters' marks on the map's occupations. With `includeNotKnown`, a card that lacks a figure a
 * filter needs (and fails none it has) is shown, marked "not known"; without it, it is dimmed like a
 * non-match but still said to be "not known". Nothing is marked while no filter is on.
 */
export function filterMarks(occupations: readonly Occupation[], filter: OccupationFilter, includeNotKnown: boolean): FilterMarks {
  const total = occupations.length;
  if (!isFilterActive(filter)) {
    return { outcomes: NO_MARKS, dimmedIds: NO_IDS, count: { matching: total, total, missing: new Map(), notKnown: 0, includeNotKnown } };
  }
  const outcomes = new Map<string, MarkedOutcome>();
  const dimmedIds = new Set<string>();
  const missing = new Map<UnknownFigure, number>();
  for (const occupation of occupations) {
    const outcome = filterOutcome(occupation, filter);
    if (outcome.kind === 'match') continue;
    outcomes.set(occupation.id, outcome);
    if (outcome.kind === 'no-match' || !includeNotKnown) dimmedIds.add(occupation.id);
    if (outcome.kind === 'not-known') for (const figure of outcome.missing) missing.set(figure, (missing.get(figure) ?? 0) + 1);
  }
  const ordered = new Map(UNKNOWN_FIGURES.filter((figure) => missing.has(figure)).map((figure) => [figure, missing.get(figure) ?? 0]));
  const notKnown = [...outcomes.values()].filter((outcome) => outcome.kind === 'not-known').length;
  return { outcomes, dimmedIds, count: { matching: total - outcomes.size, total, missing: ordered, notKnown, includeNotKnown } };
}
