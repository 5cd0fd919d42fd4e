import type { Fragment } from './fragment';

/**
 * Copied cards as plain text, for pasting into an email or a document: each occupation's title on
 * its own line, then the moves among them ("Welder → Pipe Welder"). The app itself pastes the map
 * file copied beside it, never this.
 */
export function fragmentAsText(fragment: Fragment): string {
  const titles = new Map(fragment.occupations.map((occupation) => [occupation.id, occupation.title]));
  const lines = fragment.occupations.map((occupation) => occupation.title);
  const moves = fragment.transitions.flatMap((transition) => {
    const from = titles.get(transition.from);
    const to = titles.get(transition.to);
    return from === undefined || to === undefined ? [] : [`${from} → ${to}`];
  });
  if (moves.length > 0) lines.push('', 'Moves:', ...moves);
  return `${lines.join('\n')}\n`;
}
