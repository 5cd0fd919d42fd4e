import type { Requirement } from '../schema/requirement';
import { requirementItems } from './walk';

/** A card with what it takes to get in, and where that is in the file (e.g. `steps[2].toGetIn`). */
export type CardWithEntry = { id: string; toGetIn?: Requirement | undefined; path: string };

/** A requirement that leads back to its own card: the item's place, and the cards around the loop. */
export type RequirementCycle = { path: string; cycle: string[] };

/**
 * Cards whose way in requires, directly or through other cards' ways in, the card itself: such a
 * card could never be reached. Each loop is reported once, at the item that closes it, in map order.
 */
export function findRequirementCycles(cards: readonly CardWithEntry[]): RequirementCycle[] {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const edges = new Map(
    cards.map((card) => [
      card.id,
      requirementItems(card.toGetIn).flatMap(({ item, path }) =>
        item.cardId !== undefined && byId.has(item.cardId) ? [{ to: item.cardId, path: `${card.path}${path === '' ? '' : '.'}${path}` }] : [],
      ),
    ]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const found: RequirementCycle[] = [];
  // Iterative depth-first search (a map may have thousands of cards; no deep recursion).
  for (const start of cards) {
    if (state.has(start.id)) continue;
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 'open');
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const out = edges.get(top.id) ?? [];
      if (top.next >= out.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const edge = out[top.next++]!;
      const seen = state.get(edge.to);
      if (seen === 'open') {
        const from = stack.findIndex((frame) => frame.id === edge.to);
        found.push({ path: edge.path, cycle: [...stack.slice(from).map((frame) => frame.id), edge.to] });
      } else if (seen === undefined) {
        state.set(edge.to, 'open');
        stack.push({ id: edge.to, next: 0 });
      }
    }
  }
  return found;
}
