import { BRIGHT_OUTLOOK_BASES, type BrightOutlookBasis, type Occupation } from './schema/map';

// O*NET Bright Outlook flags an occupation for rapid growth, for numerous openings, or as new and
// emerging. Only the first is growth: a card flagged for openings alone must not be called "high growth".

export const BRIGHT_OUTLOOK_BASIS_LABELS: Readonly<Record<BrightOutlookBasis, string>> = {
  'rapid-growth': 'rapid growth',
  'numerous-openings': 'numerous openings',
  'new-and-emerging': 'new and emerging',
};

/** Whether the occupation is flagged and the flag names this basis. An unstated basis is none of them. */
export function hasBrightOutlookBasis(occupation: Occupation, basis: BrightOutlookBasis): boolean {
  return occupation.highGrowth === true && (occupation.highGrowthBasis ?? []).includes(basis);
}

/**
 * "Bright Outlook: rapid growth, numerous openings"; "Bright Outlook (basis not stated)" for a flag
 * without a basis (maps written before the basis was recorded); undefined when not flagged.
 */
export function brightOutlookLabel(occupation: Occupation): string | undefined {
  if (occupation.highGrowth !== true) return undefined;
  const bases = BRIGHT_OUTLOOK_BASES.filter((basis) => occupation.highGrowthBasis?.includes(basis));
  if (bases.length === 0) return 'Bright Outlook (basis not stated)';
  return `Bright Outlook: ${bases.map((basis) => BRIGHT_OUTLOOK_BASIS_LABELS[basis]).join(', ')}`;
}

/** The fields that go with the flag: turning it off takes its basis and source too, so nothing is left saying why. */
export const BRIGHT_OUTLOOK_OFF = { highGrowth: undefined, highGrowthBasis: undefined, highGrowthSourceId: undefined } as const;

/** The basis with one reason added or taken away, in the list's order; undefined when none is left (not stated). */
export function toggledBasis(current: readonly BrightOutlookBasis[] | undefined, basis: BrightOutlookBasis, on: boolean): BrightOutlookBasis[] | undefined {
  const next = BRIGHT_OUTLOOK_BASES.filter((candidate) => (candidate === basis ? on : (current ?? []).includes(candidate)));
  return next.length > 0 ? next : undefined;
}
