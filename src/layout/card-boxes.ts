import type { Rect } from './edge-route';

/** Width of the strips the index sorts cards into: about one column of cards. */
const STRIP = 256;

/**
 * Every card's box, with the cards sorted into vertical strips by x, so an arrow looks only at the
 * cards in the strips it spans instead of at every card on the map. Built once per change of the
 * cards and shared by all arrows.
 */
export class CardBoxes {
  private readonly boxes = new Map<string, Rect>();
  private readonly strips = new Map<number, string[]>();

  constructor(cards: Iterable<readonly [id: string, box: Rect]>) {
    for (const [id, box] of cards) {
      this.boxes.set(id, box);
      for (let strip = Math.floor(box.x / STRIP); strip <= Math.floor((box.x + box.width) / STRIP); strip += 1) {
        const held = this.strips.get(strip);
        if (held) held.push(id);
        else this.strips.set(strip, [id]);
      }
    }
  }

  get size(): number {
    return this.boxes.size;
  }

  /** True when these are exactly the boxes held (same cards, same places and sizes). */
  holdsExactly(cards: readonly (readonly [id: string, box: Rect])[]): boolean {
    if (cards.length !== this.boxes.size) return false;
    return cards.every(([id, box]) => {
      const held = this.boxes.get(id);
      return held !== undefined && held.x === box.x && held.y === box.y && held.width === box.width && held.height === box.height;
    });
  }

  box(id: string): Rect | undefined {
    return this.boxes.get(id);
  }

  /** Every box except those named in `except`. */
  all(except: readonly string[] = []): Rect[] {
    return [...this.boxes].filter(([id]) => !except.includes(id)).map(([, box]) => box);
  }

  /** The boxes of the cards reaching into the band left ≤ x ≤ right, except those named in `except`. */
  within(left: number, right: number, except: readonly string[] = []): Rect[] {
    const seen = new Set<string>(except);
    const found: Rect[] = [];
    const [first, last] = [Math.floor(left / STRIP), Math.floor(right / STRIP)];
    // A band wider than the map: walk the strips there are, not every strip number in between.
    const strips = last - first > this.strips.size ? [...this.strips.keys()] : Array.from({ length: last - first + 1 }, (_, index) => first + index);
    for (const strip of strips) {
      for (const id of this.strips.get(strip) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const box = this.boxes.get(id)!;
        if (box.x <= right && box.x + box.width >= left) found.push(box);
      }
    }
    return found;
  }
}
