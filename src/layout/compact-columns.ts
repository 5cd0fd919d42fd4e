import { MAX_COLUMN_CARDS } from './balance-layers';
import { cardSize, SPACINGS, type LayoutOptions, type Point, type Size } from './layout-options';
import type { LayerPlan } from './to-elk';

/**
 * Per spacing: the narrowest gap between two columns, and how far apart the channels of the arrows
 * crossing a gap run (arrows-apart.ts spreads them across it, FROM_CARDS from its sides).
 */
const GAPS: Record<LayoutOptions['spacing'], { least: number; channel: number }> = {
  compact: { least: 40, channel: 8 },
  normal: { least: 56, channel: 10 },
  roomy: { least: 160, channel: 14 },
};
/** Room a gap keeps either side of its channels (arrows-apart.ts: 12 px after the cards, 20 before the next). */
const GAP_ENDS = 32;

/**
 * Makes a left-to-right layout compact enough to be read whole on a laptop screen, keeping elk's
 * order and, as far as the height allows, its straight runs:
 * - a column of more than MAX_COLUMN_CARDS cards becomes two staggered sub-columns: each card of
 *   the second faces the gap between two cards of the first, so arrows into it and out of the first
 *   pass straight between them;
 * - every column fits in the height of the tallest one, its cards as near elk's heights (scaled to
 *   that height) as their order and spacing allow;
 * - the gap after a column is as wide as the arrows turning in it need (one channel per card they
 *   come from), never narrower than the spacing's least gap.
 * Pure; for readable maps laid out to the right (the canvas's arrows leave cards sideways).
 */
export function compactColumns(
  laidOut: ReadonlyMap<string, Point>,
  plan: LayerPlan,
  sizes: ReadonlyMap<string, Size>,
  options: LayoutOptions,
): Map<string, Point> {
  const gap = SPACINGS[options.spacing].betweenCards;
  const size = (id: string) => cardSize(sizes, id);
  const sourcesOf = new Map<string, Set<string>>();
  for (const { source, target } of plan.edges) sourcesOf.set(target, (sourcesOf.get(target) ?? new Set()).add(source));

  const columns = plan.layers
    .map((layer) => layer.filter((id) => laidOut.has(id)).sort((a, b) => laidOut.get(a)!.y - laidOut.get(b)!.y))
    .map((ids) => (ids.length > MAX_COLUMN_CARDS ? staggered(ids, size, gap, sourcesOf) : stacked(ids, size, gap)));
  const height = Math.max(0, ...columns.map((column) => column.height));

  // elk's heights, scaled to the tallest column: where each card's middle would like to be.
  let [top, bottom] = [Infinity, -Infinity];
  for (const [id, { y }] of laidOut) [top, bottom] = [Math.min(top, y), Math.max(bottom, y + size(id).height)];
  const scale = bottom > top && bottom - top > height ? height / (bottom - top) : 1;
  const wanted = (id: string) => (laidOut.get(id)!.y + size(id).height / 2 - top) * scale - size(id).height / 2;

  const positions = new Map(laidOut);
  const gaps = gapWidths(plan, options);
  let x = 0;
  columns.forEach((column, index) => {
    const ys = column.rigid ? rigidFit(column, wanted, height) : stackFit(column, wanted, height);
    column.ids.forEach((id, rank) => positions.set(id, { x: Math.round(x + column.across[rank]!), y: Math.round(ys[rank]!) }));
    if (column.ids.length > 0) x += column.width + (gaps[index] ?? 0);
  });
  return positions;
}

/** A column's cards (top to bottom), each card's height offset from the first and x offset, its size. */
type Column = { ids: string[]; along: number[]; across: number[]; heights: number[]; height: number; width: number; rigid: boolean };

function stacked(ids: string[], size: (id: string) => Size, gap: number): Column {
  const heights = ids.map((id) => size(id).height);
  const along: number[] = [];
  let at = 0;
  for (const h of heights) {
    along.push(at);
    at += h + gap;
  }
  const width = Math.max(0, ...ids.map((id) => size(id).width));
  return { ids, along, across: ids.map(() => 0), heights, height: Math.max(0, at - gap), width, rigid: false };
}

/**
 * Two sub-columns, cards alternating between them (the cards led to from most places in the first,
 * so their arrows do not run together through the second), each card's middle level with the gap
 * between its neighbours in the other sub-column, at least `gap` from them.
 */
function staggered(ids: string[], size: (id: string) => Size, gap: number, sourcesOf: ReadonlyMap<string, Set<string>>): Column {
  const crowded = (parity: number) => ids.filter((id, rank) => rank % 2 !== parity && (sourcesOf.get(id)?.size ?? 0) > 1).length;
  const parity = crowded(1) < crowded(0) ? 1 : 0;
  const heights = ids.map((id) => size(id).height);
  // Wide corridors: the arrows into a card of the second sub-column run along the middle of one.
  const margin = gap;
  const along: number[] = [];
  heights.forEach((h, k) => {
    if (k === 0) return along.push(0);
    const [before, h1] = [along[k - 1]!, heights[k - 1]!];
    let y = Math.max(before + h1 / 2 + margin, before + h1 + margin - h / 2);
    if (k >= 2) y = Math.max(y, along[k - 2]! + heights[k - 2]! + gap);
    along.push(y);
  });
  const first = Math.max(0, ...ids.filter((_, k) => k % 2 === parity).map((id) => size(id).width));
  const second = Math.max(0, ...ids.filter((_, k) => k % 2 !== parity).map((id) => size(id).width));
  const across = ids.map((_, k) => (k % 2 === parity ? 0 : first + gap * 2));
  const height = Math.max(0, ...along.map((y, k) => y + heights[k]!));
  return { ids, along, across, heights, height, width: first + gap * 2 + second, rigid: true };
}

/** A staggered column moves as one: as near its cards' wanted heights as the total height allows. */
function rigidFit(column: Column, wanted: (id: string) => number, height: number): number[] {
  const shift = column.ids.reduce((sum, id, rank) => sum + wanted(id) - column.along[rank]!, 0) / Math.max(1, column.ids.length);
  const clamped = Math.min(Math.max(shift, 0), height - column.height);
  return column.along.map((y) => y + clamped);
}

/**
 * Each card as near its wanted height as keeping the order and the gaps allows, within the height:
 * least squares under order constraints (pool adjacent violators), then clamped.
 */
function stackFit(column: Column, wanted: (id: string) => number, height: number): number[] {
  const pools: { sum: number; count: number }[] = [];
  for (const [rank, id] of column.ids.entries()) {
    pools.push({ sum: wanted(id) - column.along[rank]!, count: 1 });
    while (pools.length > 1 && pools[pools.length - 2]!.sum / pools[pools.length - 2]!.count >= pools[pools.length - 1]!.sum / pools[pools.length - 1]!.count) {
      const last = pools.pop()!;
      pools[pools.length - 1]!.sum += last.sum;
      pools[pools.length - 1]!.count += last.count;
    }
  }
  const free = pools.flatMap(({ sum, count }) => Array.from({ length: count }, () => sum / count));
  return free.map((z, rank) => Math.min(Math.max(z, 0), height - column.height) + column.along[rank]!);
}

/**
 * The width of the gap after each column: the arrows turning in it (into the next column, and
 * leaving this one for further on) need one channel per card they come from.
 */
function gapWidths(plan: LayerPlan, options: LayoutOptions): number[] {
  const { least, channel } = GAPS[options.spacing];
  const turning = plan.layers.map(() => new Set<string>());
  for (const { source, target } of plan.edges) {
    const [from, to] = [plan.layerOf.get(source) ?? 0, plan.layerOf.get(target) ?? 0];
    turning[to - 1]?.add(source);
    if (to - from > 1) turning[from]?.add(source);
  }
  return turning.map((sources) => Math.max(least, GAP_ENDS + (sources.size - 1) * channel));
}
