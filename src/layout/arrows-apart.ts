import type { Point, Rect } from './edge-route';

/** An arrow's corners, and the card it leaves: arrows from one card may share their lines. */
export type ArrowLine = { readonly owner: string; points: Point[] };

/** Lines closer than this read as one. */
const TOUCHING = 2;
/** How far a channel keeps from the cards either side of its gap. */
const FROM_CARDS = 16;
/** Channels are never closer than this; in a gap too narrow for them all they leave it evenly. */
const MIN_APART = 6;
/** What two arrows running along one line cost, in crossings. */
const RUNNING_TOGETHER = 100;
/** Bundles of up to this many cards try every order of their channels (120 orders at five). */
const EVERY_ORDER_UP_TO = 5;

type Leg = { arrow: ArrowLine; index: number; at: number; lo: number; hi: number; left: number; right: number };

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
      if (a.x === b.x && a.y !== b.y) legs.push({ arrow, index, at: a.x, lo: Math.min(a.y, b.y), hi: Math.max(a.y, b.y), ...wallsAround(a.x, Math.min(a.y, b.y), Math.max(a.y, b.y), cards) });
    }
  }
  for (const bundle of bundles(legs)) {
    const owners = [...new Set(bundle.map((leg) => leg.arrow.owner))];
    if (owners.length < 2) continue;
    const order = leastCrossing(owners, bundle);
    const channels = channelsIn(bundle, order.length);
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

/** The free gap a vertical leg runs in: the nearest card sides left and right of it along its span. */
function wallsAround(at: number, lo: number, hi: number, cards: readonly Rect[]): { left: number; right: number } {
  let [left, right] = [-Infinity, Infinity];
  for (const card of cards) {
    if (card.y >= hi || card.y + card.height <= lo) continue;
    if (card.x + card.width <= at) left = Math.max(left, card.x + card.width);
    else if (card.x >= at) right = Math.min(right, card.x);
  }
  return { left, right };
}

/**
 * Bundles of legs that must be spread together, chained: legs whose spans overlap or meet and that
 * run in one gap (same sides) or on one line (within TOUCHING).
 */
function bundles(legs: readonly Leg[]): Leg[][] {
  const parent = legs.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  const join = (a: number, b: number) => (parent[root(a)] = root(b));
  const chain = (members: number[]) => {
    members.sort((a, b) => legs[a]!.lo - legs[b]!.lo);
    let [reach, last] = [-Infinity, -1];
    for (const index of members) {
      if (legs[index]!.lo <= reach + TOUCHING) join(index, last);
      if (legs[index]!.hi > reach) [reach, last] = [legs[index]!.hi, index];
    }
  };
  const gaps = new Map<string, number[]>();
  legs.forEach((leg, index) => {
    const key = `${Math.round(leg.left)} ${Math.round(leg.right)}`;
    const members = gaps.get(key);
    if (members) members.push(index);
    else gaps.set(key, [index]);
  });
  for (const members of gaps.values()) chain(members);
  const byLine = legs.map((_, index) => index).sort((a, b) => legs[a]!.at - legs[b]!.at);
  for (let start = 0; start < byLine.length; ) {
    let end = start + 1;
    while (end < byLine.length && legs[byLine[end]!]!.at - legs[byLine[end - 1]!]!.at <= TOUCHING) end += 1;
    chain(byLine.slice(start, end));
    start = end;
  }
  const found = new Map<number, Leg[]>();
  legs.forEach((leg, index) => {
    const members = found.get(root(index));
    if (members) members.push(leg);
    else found.set(root(index), [leg]);
  });
  return [...found.values()];
}

/**
 * The owners left to right so their arrows cross least: an arrow turning right off its channel
 * crosses every channel further right whose span holds that turn, and likewise leftwards. Worse
 * than any crossing: an arrow leaving its channel rightwards on the line another arrow comes in on
 * from the left, further right (the two would run along one line). Every order of a small bundle is
 * tried; a larger one (rare on a readable map) is improved by adjacent swaps while they help.
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
  const cost = (left: string, right: string) => {
    const [outward, inward] = [turns.get(left)!.filter((turn) => turn.side > 0), turns.get(right)!.filter((turn) => turn.side < 0)];
    const together = outward.filter((turn) => inward.some((other) => Math.abs(other.y - turn.y) <= TOUCHING)).length;
    return (
      together * RUNNING_TOGETHER +
      outward.filter((turn) => within(turn.y, right)).length +
      inward.filter((turn) => within(turn.y, left)).length
    );
  };
  const order = [...owners].sort((a, b) => spans.get(a)!.lo - spans.get(b)!.lo || (a < b ? -1 : 1));
  if (order.length <= EVERY_ORDER_UP_TO) {
    const total = (candidate: readonly string[]) =>
      candidate.reduce((sum, left, index) => candidate.slice(index + 1).reduce((more, right) => more + cost(left, right), sum), 0);
    let best = { order, cost: total(order) };
    for (const candidate of permutations(order)) {
      const candidateCost = total(candidate);
      if (candidateCost < best.cost) best = { order: candidate, cost: candidateCost };
    }
    return best.order;
  }
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

/** `count` channel positions, left to right, spread evenly across the free gap the bundle runs in. */
function channelsIn(bundle: readonly Leg[], count: number): number[] {
  const at = bundle[0]!.at;
  const reach = count * 12 + FROM_CARDS * 2;
  const left = Math.max(...bundle.map((leg) => leg.left), at - reach);
  const right = Math.min(...bundle.map((leg) => leg.right), at + reach);
  // Room for the arrowhead between the last channel and the cards it points at.
  const [first, last] = [left + FROM_CARDS * 0.75, right - FROM_CARDS * 1.25];
  const step = (last - first) / (count - 1);
  if (step >= MIN_APART && first < last) return Array.from({ length: count }, (_, rank) => first + step * rank);
  return Array.from({ length: count }, (_, rank) => (left + right) / 2 + (rank - (count - 1) / 2) * MIN_APART);
}

/** Every order of the items, in a fixed order (for a handful of items). */
function* permutations(items: readonly string[]): Generator<string[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (const [index, item] of items.entries()) {
    for (const rest of permutations([...items.slice(0, index), ...items.slice(index + 1)])) yield [item, ...rest];
  }
}

const flip = (point: Point): Point => ({ x: point.y, y: point.x });
const flipRect = (rect: Rect): Rect => ({ x: rect.y, y: rect.x, width: rect.height, height: rect.width });
