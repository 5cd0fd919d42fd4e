import { compareRanksAt, RANK_WIDTH } from './route-rank';

/**
 * The partial routes of one search, numbered in the order they were built, stored column by column
 * in typed arrays that grow by doubling: a search may build tens of thousands, and an object each made
 * the garbage collector the slowest part of it. A route is its last occupation, the move into it and
 * the number of the route it extends (-1 for a start).
 */
export class PartialRoutes {
  size = 0;
  private capacity = 256;
  node = new Int32Array(this.capacity);
  edge = new Int32Array(this.capacity);
  parent = new Int32Array(this.capacity);
  depth = new Int32Array(this.capacity);
  /** What the route has taken so far. */
  rank = new Float64Array(this.capacity * RANK_WIDTH);
  /** rank + the best the rest of the way could add: no completion of the route ranks better. */
  bound = new Float64Array(this.capacity * RANK_WIDTH);

  /**
   * Adds a route ending at `node` and returns its number. Its rank is `base` (at baseAt) plus `step`
   * (at stepAt); its bound adds `rest` (at restAt).
   */
  add(
    node: number,
    edge: number,
    parent: number,
    base: Float64Array,
    baseAt: number,
    step: Float64Array,
    stepAt: number,
    rest: Float64Array,
    restAt: number,
  ): number {
    if (this.size === this.capacity) this.grow();
    const id = this.size;
    this.size += 1;
    this.node[id] = node;
    this.edge[id] = edge;
    this.parent[id] = parent;
    this.depth[id] = parent < 0 ? 0 : (this.depth[parent] as number) + 1;
    const at = id * RANK_WIDTH;
    for (let index = 0; index < RANK_WIDTH; index += 1) {
      const rank = (base[baseAt + index] as number) + (step[stepAt + index] as number);
      this.rank[at + index] = rank;
      this.bound[at + index] = rank + (rest[restAt + index] as number);
    }
    return id;
  }

  /** Whether the route numbered `id` already passes through `node`. */
  passesThrough(id: number, node: number): boolean {
    for (let at = id; at >= 0; at = this.parent[at] as number) if (this.node[at] === node) return true;
    return false;
  }

  /** Whether route a comes out of the search before route b: better bound, then built first. */
  before(a: number, b: number): boolean {
    const order = compareRanksAt(this.bound, a * RANK_WIDTH, this.bound, b * RANK_WIDTH);
    return order !== 0 ? order < 0 : a < b;
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = <T extends Int32Array | Float64Array>(old: T, make: (length: number) => T, width = 1): T => {
      const next = make(this.capacity * width);
      next.set(old);
      return next;
    };
    this.node = widen(this.node, (n) => new Int32Array(n));
    this.edge = widen(this.edge, (n) => new Int32Array(n));
    this.parent = widen(this.parent, (n) => new Int32Array(n));
    this.depth = widen(this.depth, (n) => new Int32Array(n));
    this.rank = widen(this.rank, (n) => new Float64Array(n), RANK_WIDTH);
    this.bound = widen(this.bound, (n) => new Float64Array(n), RANK_WIDTH);
  }
}
