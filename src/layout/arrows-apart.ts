import type { Point, Rect } from './edge-route';

/** An arrow's corners, and the card it leaves: arrows from one card may share their lines. */
export type ArrowLine = { readonly owner: string; points: Point[] };

/** Lines closer than this read as one. */
const TOUCHING = 2;
/** How far a channel keeps from the cards either side of its gap. */
const FROM_CARDS = 16;
/** Channels are never closer than this; in a gap too narrow for them all they leave it evenly. */
const MIN_APART = 6;

type Leg = { arrow: ArrowLine; index: number; at: number; lo: number; hi: number };

/**
 * Moves the inner legs of arrows (those between two turns) so that arrows from different cards
 * never run along one line: every set of vertical legs on one line whose spans overlap gets one
 * channel per card, spread evenly across the free gap they run in and ordered to cross as little
 * as possible; then the same for horizontal legs (lanes). The first and last legs stay put (they
 * meet the cards). Changes the points in place. Pure geometry, O(legs · log legs + groups · cards).
 */
export function keepArrowsApart(arrows: readonly ArrowLine[], cards: readonly Rect[]): void {
  spreadVerticalLegs(arrows, cards);
  const turned = arrows.map((arrow) => ({ owner: arrow.owner, points: arrow.points.map(flip) }));
  spreadVerticalLegs(turned, cards.map(flipRect));
  turned.forEach((arrow, index) => (arrows[index]!.points = arrow.points.map(flip)));
}

function spreadVerticalLegs(arrows: readonly ArrowLine[], cards: readonly Rect[]): void {
  const legs: Leg[] = [];
  for (const arrow of arrows) {
    const { points } = arrow;
    for (let index = 1; index + 2 < points.length; index += 1) {
      const [a, b] = [points[index]!, points[index + 1]!];
      if (a.x === b.x && a.y !== b.y) legs.push({ arrow, index, at: a.x, lo: Math.min(a.y, b.y), hi: Math.max(a.y, b.y) });
    }
  }
  for (const bundle of bundles(legs)) {
    const owners = [...new Set(bundle.map((leg) => leg.arrow.owner))];
    if (owners.length < 2) continue;
    const order = leastCrossing(owners, bundle);
    const channels = channelsIn(bundle, cards, order.length);
    order.forEach((owner, rank) => {
      for (const leg of bundle) {
        if (leg.arrow.owner !== owner) continue;
        const { points } = leg.arrow;
        points[leg.index] = { x: channels[rank]!, y: points[leg.index]!.y };
        points[leg.index + 1] = { x: channels[rank]!, y: points[leg.index + 1]!.y };
      }
    });
  }
}

/** Legs on one line (within TOUCHING) whose spans overlap, chained: each such set is one bundle. */
function bundles(legs: Leg[]): Leg[][] {
  legs.sort((a, b) => a.at - b.at || a.lo - b.lo);
  const lines: Leg[][] = [];
  for (const leg of legs) {
    const line = lines[lines.length - 1];
    if (line && leg.at - line[line.length - 1]!.at <= TOUCHING) line.push(leg);
    else lines.push([leg]);
  }
  const found: Leg[][] = [];
  for (const line of lines) {
    line.sort((a, b) => a.lo - b.lo);
    let reach = -Infinity;
    for (const leg of line) {
      if (leg.lo < reach - 0.5) found[found.length - 1]!.push(leg);
      else found.push([leg]);
      reach = Math.max(leg.lo < reach - 0.5 ? reach : -Infinity, leg.hi);
    }
  }
  return found;
}

/**
 * The owners left to right so their arrows cross least: an arrow turning right off its channel
 * crosses every channel further right whose span holds that turn, and likewise leftwards.
 * Adjacent swaps while they help (bundles hold a handful of cards).
 */
function leastCrossing(owners: string[], bundle: readonly Leg[]): string[] {
  const turns = new Map<string, { y: number; side: number }[]>();
  const spans = new Map<string, { lo: number; hi: number }>();
  for (const leg of bundle) {
    const { points } = leg.arrow;
    const list = turns.get(leg.arrow.owner) ?? [];
    list.push({ y: points[leg.index]!.y, side: Math.sign(points[leg.index - 1]!.x - leg.at) });
    list.push({ y: points[leg.index + 1]!.y, side: Math.sign(points[leg.index + 2]!.x - leg.at) });
    turns.set(leg.arrow.owner, list);
    const span = spans.get(leg.arrow.owner);
    spans.set(leg.arrow.owner, { lo: Math.min(span?.lo ?? Infinity, leg.lo), hi: Math.max(span?.hi ?? -Infinity, leg.hi) });
  }
  const within = (y: number, owner: string) => y > spans.get(owner)!.lo && y < spans.get(owner)!.hi;
  // Crossings when `left` runs left of `right`.
  const cost = (left: string, right: string) =>
    turns.get(left)!.filter((turn) => turn.side > 0 && within(turn.y, right)).length +
    turns.get(right)!.filter((turn) => turn.side < 0 && within(turn.y, left)).length;
  const order = [...owners].sort((a, b) => spans.get(a)!.lo - spans.get(b)!.lo || (a < b ? -1 : 1));
  for (let pass = 0, swapped = true; swapped && pass < order.length; pass += 1) {
    swapped = false;
    for (let index = 0; index + 1 < order.length; index += 1) {
      const [a, b] = [order[index]!, order[index + 1]!];
      if (cost(b, a) < cost(a, b)) {
        [order[index], order[index + 1]] = [b, a];
        swapped = true;
      }
    }
  }
  return order;
}

/** `count` channel positions, left to right, spread evenly across the free gap around the bundle. */
function channelsIn(bundle: readonly Leg[], cards: readonly Rect[], count: number): number[] {
  const at = bundle[0]!.at;
  const [lo, hi] = [Math.min(...bundle.map((leg) => leg.lo)), Math.max(...bundle.map((leg) => leg.hi))];
  let [left, right] = [at - count * 12 - FROM_CARDS * 2, at + count * 12 + FROM_CARDS * 2];
  for (const card of cards) {
    if (card.y >= hi || card.y + card.height <= lo) continue;
    if (card.x + card.width <= at) left = Math.max(left, card.x + card.width);
    else if (card.x >= at) right = Math.min(right, card.x);
  }
  // Room for the arrowhead between the last channel and the cards it points at.
  const [first, last] = [left + FROM_CARDS * 0.75, right - FROM_CARDS * 1.25];
  const step = (last - first) / (count - 1);
  if (step >= MIN_APART) return Array.from({ length: count }, (_, rank) => first + step * rank);
  return Array.from({ length: count }, (_, rank) => (left + right) / 2 + (rank - (count - 1) / 2) * MIN_APART);
}

const flip = (point: Point): Point => ({ x: point.y, y: point.x });
const flipRect = (rect: Rect): Rect => ({ x: rect.y, y: rect.x, width: rect.height, height: rect.width });
