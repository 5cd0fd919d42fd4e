import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Point } from './layout-options';

/**
 * Top-left card positions from elk's result (what React Flow expects for a node's `position`),
 * rounded to whole pixels so saved maps stay tidy. Cards elk did not place are left out. Pure.
 */
export function fromElk(layout: ElkNode): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const child of layout.children ?? []) {
    const { x, y } = child;
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
      positions.set(child.id, { x: Math.round(x), y: Math.round(y) });
    }
  }
  return positions;
}
