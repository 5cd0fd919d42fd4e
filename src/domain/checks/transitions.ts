import { quote } from '../describe';
import type { ParseIssue } from '../issues';
import type { PathwayMap } from '../schema/map';

/** Moves must join two different cards (occupations or steps) on the map, at most once per direction. */
export function checkTransitions(map: PathwayMap): ParseIssue[] {
  const errors: ParseIssue[] = [];
  const occupations = new Set([...map.occupations, ...map.steps].map((card) => card.id));
  const firstByPair = new Map<string, number>();
  map.transitions.forEach((transition, index) => {
    const at = `transitions[${index}]`;
    let endsExist = true;
    for (const end of ['from', 'to'] as const) {
      if (!occupations.has(transition[end])) {
        endsExist = false;
        errors.push({ path: `${at}.${end}`, message: `names the card ${quote(transition[end])}, which isn't on this map` });
      }
    }
    if (transition.from === transition.to) {
      errors.push({ path: `${at}.to`, message: `is the same as from (${quote(transition.from)}); a move must go to a different card` });
      return;
    }
    if (!endsExist) return;
    const pair = JSON.stringify([transition.from, transition.to]);
    const first = firstByPair.get(pair);
    if (first === undefined) firstByPair.set(pair, index);
    else {
      errors.push({
        path: at,
        message: `is a second move from ${quote(transition.from)} to ${quote(transition.to)} (transitions[${first}] is the first); keep only one`,
      });
    }
  });
  return errors;
}
