import type { FilterOutcome, UnknownFigure } from './occupation-filter';

/** How an occupation the filters leave out is marked in words (the outline, search results, card descriptions). */
export const LEFT_OUT_LABEL = 'Does not match the filters';

/** How a card is marked when a filter needs a figure it has no record of: never called a non-match. */
export const NOT_KNOWN_LABEL = 'Not known for the filters';

/** The toggle that shows or leaves out cards "not known" for the filters. */
export const INCLUDE_NOT_KNOWN_LABEL = 'Include cards with no figure on file';

/** What one card lacks, in words: "no wage on file". */
const MISSING_WORDS: Readonly<Record<UnknownFigure, string>> = {
  education: 'no education on file',
  wage: 'no wage on file',
  level: 'no level set',
  'growth-basis': 'no Bright Outlook basis on file',
};

/** How many cards lack it: "9 have no education on file", "1 has no wage on file". */
const COUNTED_WORDS: Readonly<Record<UnknownFigure, (has: string) => string>> = {
  education: (has) => `${has} no education on file`,
  wage: (has) => `${has} no wage on file`,
  level: (has) => `${has} no level set`,
  'growth-basis': (has) => `${has} a Bright Outlook flag with no basis on file`,
};

/** "no education on file, no wage on file". */
export function missingFiguresText(missing: readonly UnknownFigure[]): string {
  return missing.map((figure) => MISSING_WORDS[figure]).join(', ');
}

/** "Not known for the filters: no wage on file". */
export function notKnownText(missing: readonly UnknownFigure[]): string {
  return `${NOT_KNOWN_LABEL}: ${missingFiguresText(missing)}`;
}

/** "9 have no education on file", "1 has no wage on file". */
export function missingCountText(figure: UnknownFigure, count: number): string {
  return COUNTED_WORDS[figure](`${count} ${count === 1 ? 'has' : 'have'}`);
}

/** The words a card, an outline entry or a search result carries for its outcome; undefined for a match. */
export function outcomeText(outcome: FilterOutcome): string | undefined {
  if (outcome.kind === 'match') return undefined;
  return outcome.kind === 'no-match' ? LEFT_OUT_LABEL : notKnownText(outcome.missing);
}
