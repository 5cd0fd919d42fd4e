/**
 * Which card the arrow keys go to on a read-only canvas, following the map's moves (pure, no DOM):
 * - Right: to a card the focused card leads to (a move out of it);
 * - Left: to a card that leads to it (a move into it);
 * - Up / Down: to the previous / next of the cards reached the same way from the same card (after
 *   Right from CNA, the other cards CNA leads to), going round at the ends. Before any Right or Left,
 *   the cards the focused card's first source leads to (or, when nothing leads to it, the cards that
 *   lead to its first target).
 * Right after Left (and Left after Right) goes back to the card it came from. Cards are taken in
 * reading order: top to bottom, then left to right.
 */

export type FollowKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';
export type FollowWay = 'out' | 'in';

/** How focus reached `at` by these keys: along a move out of `origin` (Right) or into it (Left). */
export type Trail = { at: string; origin: string; way: FollowWay };

/** Each card's moves out and in, each list in reading order. */
export type ConnectedCards = {
  out: ReadonlyMap<string, readonly string[]>;
  in: ReadonlyMap<string, readonly string[]>;
};

export type FollowStep =
  | { kind: 'card'; id: string; origin: string; way: FollowWay; index: number; count: number }
  | { kind: 'none'; reason: 'no-moves-out' | 'no-moves-in' | 'no-moves' }
  | { kind: 'none'; reason: 'only-one'; origin: string; way: FollowWay };

const FOLLOW_KEYS: readonly string[] = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'];

export const isFollowKey = (key: string): key is FollowKey => FOLLOW_KEYS.includes(key);

type Point = { x: number; y: number };

/**
 * The moves between cards, each card's lists sorted top to bottom, then left to right (a card with
 * no known place keeps the moves' order, after those placed). A move to itself and a repeated move are dropped.
 */
export function connectedCards(moves: readonly { from: string; to: string }[], places: ReadonlyMap<string, Point>): ConnectedCards {
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  const add = (lists: Map<string, string[]>, key: string, id: string) => {
    const list = lists.get(key);
    if (!list) lists.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  for (const move of moves) {
    if (move.from === move.to) continue;
    add(out, move.from, move.to);
    add(into, move.to, move.from);
  }
  const byPlace = (a: string, b: string): number => {
    const pa = places.get(a);
    const pb = places.get(b);
    if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
    return pa.y - pb.y || pa.x - pb.x;
  };
  for (const list of [...out.values(), ...into.values()]) list.sort(byPlace);
  return { out, in: into };
}

const NONE: readonly string[] = [];

/** Where `key` goes from the focused card, given how focus got there (`trail`, ignored unless it ends at this card). */
export function followMove(cards: ConnectedCards, focused: string, key: FollowKey, trail?: Trail): FollowStep {
  const here = trail?.at === focused ? trail : undefined;
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const way: FollowWay = key === 'ArrowRight' ? 'out' : 'in';
    const list = (way === 'out' ? cards.out : cards.in).get(focused) ?? NONE;
    if (list.length === 0) return { kind: 'none', reason: way === 'out' ? 'no-moves-out' : 'no-moves-in' };
    // Back the way it came, when that card is one of them.
    const back = here && here.way !== way ? list.indexOf(here.origin) : -1;
    const index = Math.max(back, 0);
    return { kind: 'card', id: list[index]!, origin: focused, way, index, count: list.length };
  }
  const context = here ?? siblingsOf(cards, focused);
  if (!context) return { kind: 'none', reason: 'no-moves' };
  const siblings = (context.way === 'out' ? cards.out : cards.in).get(context.origin) ?? NONE;
  const at = siblings.indexOf(focused);
  if (siblings.length < 2 || at < 0) return { kind: 'none', reason: 'only-one', origin: context.origin, way: context.way };
  const index = (at + (key === 'ArrowDown' ? 1 : siblings.length - 1)) % siblings.length;
  return { kind: 'card', id: siblings[index]!, origin: context.origin, way: context.way, index, count: siblings.length };
}

/** Before any Right or Left: the cards its first source leads to, else those leading to its first target. */
function siblingsOf(cards: ConnectedCards, focused: string): Omit<Trail, 'at'> | undefined {
  const source = cards.in.get(focused)?.[0];
  if (source !== undefined) return { origin: source, way: 'out' };
  const target = cards.out.get(focused)?.[0];
  if (target !== undefined) return { origin: target, way: 'in' };
  return undefined;
}

const moves = (count: number) => (count === 1 ? 'move' : 'moves');

/** What a screen reader is told after the key: where focus went and where that card sits, or why it stayed. */
export function describeStep(step: FollowStep, focused: string, title: (id: string) => string): string {
  if (step.kind === 'card') {
    const relation = step.way === 'out' ? 'from' : 'into';
    return `${title(step.id)} — ${step.index + 1} of ${step.count} ${moves(step.count)} ${relation} ${title(step.origin)}`;
  }
  switch (step.reason) {
    case 'no-moves-out':
      return `${title(focused)} leads to no other card.`;
    case 'no-moves-in':
      return `No card leads to ${title(focused)}.`;
    case 'no-moves':
      return `${title(focused)} has no moves.`;
    case 'only-one':
      return `${title(focused)} is the only move ${step.way === 'out' ? 'from' : 'into'} ${title(step.origin)}.`;
  }
}
