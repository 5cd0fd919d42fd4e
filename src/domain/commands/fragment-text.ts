import type { Fragment } from './fragment';

/**
 * Copied cards as plain text, for pasting into an email or a document: each card's title on
 * its own line, then the moves among them ("Welder → Pipe Welder"). The app itself pastes the map
 * file copied beside it, never this.
 */
export function fragmentAsText(fragment: Fragment): string {
  const cards = [...fragment.occupations, ...(fragment.steps ?? [])];
  const titles = new Map(cards.map((card) => [card.id, card.title]));
  const lines = cards.map((card) => card.title);
  const moves = fragment.transitions.flatMap((transition) => {
    const from = titles.get(transition.from);
    const to = titles.get(transition.to);
    return from === undefined || to === undefined ? [] : [`${from} → ${to}`];
  });
  if (moves.length > 0) lines.push('', 'Moves:', ...moves);
  return `${lines.join('\n')}\n`;
}
