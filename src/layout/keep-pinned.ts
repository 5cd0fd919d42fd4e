import type { LayoutMap } from './layout-map';
import { cardSize, SPACINGS, type LayoutOptions, type Point, type Size } from './layout-options';

type Box = { id: string; along: number; across: number; alongSize: number; acrossSize: number };

/**
 * Puts pinned cards back where the user placed them and moves laid-out cards out of their way.
 *
 * How: the whole map is laid out as usual (pinned cards included, so their transitions still
 * shape the order; the slot a pinned card had in its column stays empty). Then each pinned card
 * that has a saved position goes back to it, and within each column (row, when laid out
 * downwards) the other cards are walked in order and pushed further along the column past any
 * pinned card they would overlap, and past the card before them. Cards never move to another
 * column, so the ladder order holds. Pinned cards that overlap each other are left as the user
 * placed them. Cost: O(cards·log cards + cards·pinned cards in the same column). Pure.
 */
export function keepPinned(
  laidOut: ReadonlyMap<string, Point>,
  map: LayoutMap,
  sizes: ReadonlyMap<string, Size>,
  pinned: ReadonlySet<string>,
  options: LayoutOptions,
): Map<string, Point> {
  const right = options.direction === 'RIGHT';
  const gap = SPACINGS[options.spacing].betweenCards;
  const toBox = (id: string, point: Point): Box => {
    const { width, height } = cardSize(sizes, id);
    return right
      ? { id, along: point.x, across: point.y, alongSize: width, acrossSize: height }
      : { id, along: point.y, across: point.x, alongSize: height, acrossSize: width };
  };

  const anchors: Box[] = [];
  for (const card of map.cards) {
    if (pinned.has(card.id) && card.position && laidOut.has(card.id)) {
      anchors.push(toBox(card.id, card.position));
    }
  }
  if (anchors.length === 0) return new Map(laidOut);
  anchors.sort((a, b) => a.across - b.across);
  const anchored = new Set(anchors.map((anchor) => anchor.id));

  const result = new Map<string, Point>();
  for (const anchor of anchors) result.set(anchor.id, fromBox(anchor, right));
  for (const column of columns([...laidOut].filter(([id]) => !anchored.has(id)).map(([id, p]) => toBox(id, p)))) {
    const inTheWay = anchors.filter((anchor) => overlaps(anchor.along, anchor.alongSize, column.start, column.end - column.start));
    let next = -Infinity; // where the next card in this column may start
    for (const box of column.boxes) {
      box.across = Math.max(box.across, next);
      for (const anchor of inTheWay) {
        if (overlaps(anchor.along, anchor.alongSize, box.along, box.alongSize) && overlaps(anchor.across, anchor.acrossSize, box.across, box.acrossSize)) {
          box.across = anchor.across + anchor.acrossSize + gap;
        }
      }
      next = box.across + box.acrossSize + gap;
      result.set(box.id, fromBox(box, right));
    }
  }
  return result;
}

function fromBox(box: Box, right: boolean): Point {
  const [along, across] = [Math.round(box.along), Math.round(box.across)];
  return right ? { x: along, y: across } : { x: across, y: along };
}

/** Whether [a, a + aSize) and [b, b + bSize) share any length. */
function overlaps(a: number, aSize: number, b: number, bSize: number): boolean {
  return a < b + bSize && b < a + aSize;
}

/** Cards grouped into columns: runs whose spans along the layout direction overlap, each sorted across. */
function columns(boxes: Box[]): { start: number; end: number; boxes: Box[] }[] {
  boxes.sort((a, b) => a.along - b.along || a.across - b.across);
  const result: { start: number; end: number; boxes: Box[] }[] = [];
  for (const box of boxes) {
    const last = result[result.length - 1];
    if (last && box.along < last.end) {
      last.boxes.push(box);
      last.end = Math.max(last.end, box.along + box.alongSize);
    } else result.push({ start: box.along, end: box.along + box.alongSize, boxes: [box] });
  }
  for (const column of result) column.boxes.sort((a, b) => a.across - b.across);
  return result;
}
