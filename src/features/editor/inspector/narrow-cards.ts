/**
 * Over this many other cards, "Add a move to" gets a "Find a card" box and lists only what matches:
 * a list of thousands can't be scrolled through, and drawing every option of a 5,000-card map on
 * each selection cost memory the largest maps don't have to spare (issue #21).
 */
export const LONG_CARD_LIST = 100;

/** At most this many matches are listed at once; typing more narrows them. */
export const MOST_LISTED = 100;

type Card = { id: string; title: string };

/** Lower case, accents dropped: "Técnico" is found by "tecnico". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The cards whose title holds every word of `query` (in any order), the first MOST_LISTED of them in
 * map order, and how many match in all. Pure.
 */
export function narrowCards<T extends Card>(cards: readonly T[], query: string): { listed: T[]; matching: number } {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = words.length === 0 ? cards : cards.filter((card) => words.every((word) => fold(card.title).includes(word)));
  return { listed: matches.slice(0, MOST_LISTED), matching: matches.length };
}
