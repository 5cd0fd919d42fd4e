import { useMemo } from 'react';
import { getSmoothStepPath, Position, useStore, type Edge, type ReactFlowState } from '@xyflow/react';
import { labelWidth, routeArrows } from '../../layout/arrow-routes';
import type { CardBoxes } from '../../layout/card-boxes';
import { polylineLength, roundedPath, type ArrowRoute, type Point, type RouteDirection } from '../../layout/edge-route';
import { routeBetweenCards } from '../../layout/route-between-cards';
import { useCardBoxes } from './use-card-boxes';

type Ends = {
  id: string;
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
 * The path of an arrow between two cards, as worked out for all the canvas's arrows together
 * (layout/arrow-routes.ts, the same as the exported picture): around any card in the way, apart
 * from the arrows of other cards, its label on a stretch of its own; with rounded corners. On a
 * large map (no card boxes) React Flow's stepped path.
 */
export function useArrowPath(ends: Ends): ArrowPath {
  const boxes = useCardBoxes();
  const edges = useStore(selectEdges);
  const { id, source, target, sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition } = ends;
  return useMemo(() => {
    const direction = directionOf(sourcePosition, targetPosition);
    const from = { x: sourceX, y: sourceY };
    const to = { x: targetX, y: targetY };
    let route: ArrowRoute | undefined;
    if (boxes && direction === 'horizontal') route = routesOf(boxes, edges).get(id);
    if (boxes && direction && !route) route = routeBetweenCards(boxes, source, target, direction, { from, to });
    if (route) {
      const points = direction === 'horizontal' ? fromHandles(route.points, from, to) : route.points;
      return { path: roundedPath(points, RADIUS), labelX: route.label.x, labelY: route.label.y, length: polylineLength(points) };
    }
    const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, borderRadius: RADIUS });
    // A stepped path is about as long as its ends are apart, across plus down.
    return { path, labelX, labelY, length: Math.abs(targetX - sourceX) + Math.abs(targetY - sourceY) };
  }, [boxes, edges, id, source, target, sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition]);
}

const selectEdges = (state: ReactFlowState) => state.edges;

// One answer per card boxes and arrows, shared by every arrow on the canvas (worked out by the first
// to ask). A new edges array that joins the same cards (an arrow's emphasis changed) keeps the answer.
const answers = new WeakMap<CardBoxes, { edges: readonly Edge[]; key: string; routes: Map<string, ArrowRoute> }>();

function routesOf(boxes: CardBoxes, edges: readonly Edge[]): Map<string, ArrowRoute> {
  const last = answers.get(boxes);
  if (last?.edges === edges) return last.routes;
  const shown = edges
    .filter((edge) => !edge.hidden)
    .map(({ id, source, target, label }) => ({ id, source, target, labelWidth: typeof label === 'string' && label !== '' ? labelWidth(label) : undefined }));
  const key = shown.map((edge) => `${edge.id}\n${edge.source}\n${edge.target}\n${edge.labelWidth ?? ''}`).join('\n');
  const routes = last?.key === key ? last.routes : routeArrows(boxes, shown);
  answers.set(boxes, { edges, key, routes });
  return routes;
}

/**
 * The route starts and ends at the card's sides; the arrow at its handles, a few pixels out. The
 * first and last legs run level, so only where they begin and end moves.
 */
function fromHandles(points: readonly Point[], from: Point, to: Point): Point[] {
  if (points.length < 2) return [from, to];
  const moved = [...points];
  const [first, last] = [points[0]!, points[points.length - 1]!];
  moved[0] = from;
  if (points.length > 2 && points[1]!.y === first.y) moved[1] = { x: points[1]!.x, y: from.y };
  moved[moved.length - 1] = to;
  if (points.length > 2 && points[points.length - 2]!.y === last.y) moved[moved.length - 2] = { x: points[points.length - 2]!.x, y: to.y };
  return moved;
}

/** The maps' arrows leave a card's right side for the next one's left (or bottom → top); other sides are left as drawn. */
function directionOf(from: Position, to: Position): RouteDirection | undefined {
  if (from === Position.Right && to === Position.Left) return 'horizontal';
  if (from === Position.Bottom && to === Position.Top) return 'vertical';
  return undefined;
}
