import { useMemo } from 'react';
import { getSmoothStepPath, Position } from '@xyflow/react';
import { polylineLength, roundedPath, type RouteDirection } from '../../layout/edge-route';
import { routeBetweenCards } from '../../layout/route-between-cards';
import { useCardBoxes } from './use-card-boxes';

type Ends = {
  source: string;
  target: string;
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
};
/** An arrow's SVG path, where its label goes, and its length (for spacing its dashes). */
export type ArrowPath = { path: string; labelX: number; labelY: number; length: number };

const RADIUS = 10;

/**
 * The path of an arrow between two cards: React Flow's stepped path, unless that would pass under
 * another card; then a path around the cards (layout/edge-route.ts) with rounded corners, its
 * label in the middle of the lane it runs along.
 */
export function useArrowPath(ends: Ends): ArrowPath {
  const boxes = useCardBoxes();
  const { source, target, sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition } = ends;
  return useMemo(() => {
    const direction = directionOf(sourcePosition, targetPosition);
    const route =
      boxes && direction
        ? routeBetweenCards(boxes, source, target, direction, { from: { x: sourceX, y: sourceY }, to: { x: targetX, y: targetY } })
        : undefined;
    if (route?.routed) {
      return { path: roundedPath(route.points, RADIUS), labelX: route.label.x, labelY: route.label.y, length: polylineLength(route.points) };
    }
    const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, borderRadius: RADIUS });
    // A stepped path is about as long as its ends are apart, across plus down.
    return { path, labelX, labelY, length: Math.abs(targetX - sourceX) + Math.abs(targetY - sourceY) };
  }, [boxes, source, target, sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition]);
}

/** The maps' arrows leave a card's right side for the next one's left (or bottom → top); other sides are left as drawn. */
function directionOf(from: Position, to: Position): RouteDirection | undefined {
  if (from === Position.Right && to === Position.Left) return 'horizontal';
  if (from === Position.Bottom && to === Position.Top) return 'vertical';
  return undefined;
}
