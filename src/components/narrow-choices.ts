/**
 * Over this many choices, a chooser (findable-select.tsx) gets a "Find" box and lists only what
 * matches: a list of thousands can't be scrolled through, and drawing every option of a 5,000-card
 * map (or its 20,000 moves) cost memory the largest maps don't have to spare (issue #21).
 */
export const LONG_LIST = 100;

/** At most this many matches are listed at once; typing more narrows them. */
export const MOST_LISTED = 100;

/** One choice; `group` names the list section it is drawn in (an optgroup), e.g. "Jobs" or "Credentials". */
export type Choice = { id: string; label: string; group?: string };

/** Lower case, accents dropped: "Técnico" is found by "tecnico". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The choices whose label holds every word of `query` (in any order), the first MOST_LISTED of them
 * in their order, and how many match in all. `keep` (the choice picked now) stays listed, first,
 * whatever the query: a chooser never shows a pick it does not list, and typing never changes it. Pure.
 */
export function narrowChoices<T extends Choice>(choices: readonly T[], query: string, keep?: string): { listed: T[]; matching: number } {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = words.length === 0 ? choices : choices.filter((choice) => words.every((word) => fold(choice.label).includes(word)));
  const listed = matches.slice(0, MOST_LISTED);
  const kept = keep === undefined || keep === '' || listed.some((choice) => choice.id === keep) ? undefined : choices.find((choice) => choice.id === keep);
  return { listed: kept ? [kept, ...listed] : listed, matching: matches.length };
}
