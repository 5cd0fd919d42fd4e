import { quote } from '../describe';
import type { Item } from './read-sheet';
import type { RowIssue } from './row-issue';
import { socKey } from '../soc-key';

type Resolution = { id: string } | { problem: string };

const titleKey = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();

function addTo(index: Map<string, string[]>, key: string | undefined, id: string): void {
  if (key === undefined) return;
  const ids = index.get(key) ?? [];
  if (!ids.includes(id)) index.set(key, [...ids, id]);
}

/**
 * Finds the card (an occupation or a step card) a transition's end names: its id (an id always wins, being unique), else its
 * title (without case) or SOC code (29-1141 matches 29-1141.00). A title or code that fits more than
 * one occupation is reported, never guessed.
 */
export function occupationFinder(occupations: readonly Item[]): (name: string) => Resolution {
  const ids = new Set<string>();
  const others = new Map<string, string[]>();
  for (const occupation of occupations) {
    if (typeof occupation.id !== 'string') continue;
    ids.add(occupation.id);
    if (typeof occupation.title === 'string') addTo(others, `title:${titleKey(occupation.title)}`, occupation.id);
    const soc = socKey(occupation.socCode);
    if (soc !== undefined) addTo(others, `soc:${soc}`, occupation.id);
  }
  return (name) => {
    if (ids.has(name)) return { id: name };
    const found = [...new Set([...(others.get(`title:${titleKey(name)}`) ?? []), ...(others.get(`soc:${socKey(name)}`) ?? [])])];
    const [only] = found;
    if (found.length === 1 && only !== undefined) return { id: only };
    if (found.length === 0) {
      return { problem: `${quote(name)} isn't the id, title or SOC code of any card in the occupations sheet` };
    }
    const shown = found.slice(0, 4).map(quote).join(', ');
    return { problem: `${quote(name)} fits ${found.length} cards (ids ${shown}); write the id of the one you mean` };
  };
}

/** Replaces each transition's from and to with card ids; ends that can't be found are reported. */
export function resolveEnds(transitions: Item[], rows: readonly number[], occupations: readonly Item[]): RowIssue[] {
  const find = occupationFinder(occupations);
  const issues: RowIssue[] = [];
  transitions.forEach((transition, index) => {
    for (const end of ['from', 'to'] as const) {
      // The title column is for people reading the sheet; it names the end only when the id is blank.
      const titleColumn = `${end}Title`;
      const byTitle = transition[titleColumn];
      delete transition[titleColumn];
      if (transition[end] === undefined && typeof byTitle === 'string') transition[end] = byTitle;
      const name = transition[end];
      if (typeof name !== 'string') continue; // a blank end: parseMap says it is required
      const found = find(name);
      if ('id' in found) transition[end] = found.id;
      else issues.push({ sheet: 'transitions', row: rows[index] ?? 0, column: end, message: found.problem });
    }
  });
  return issues;
}
