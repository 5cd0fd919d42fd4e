import type { Edge } from '@xyflow/react';
import { TALLEST_CARD_SIZE } from '../../layout/card-geometry';
import type { CanvasMarks } from './card-marks';
import { safeColour } from './safe-colour';
import type { CardFlowNode } from './to-flow-elements';

/**
 * Below this zoom a large map (over LARGE_MAP_CARDS) is drawn as an overview: each card a block in its group's colour and
 * each move a line, painted on one <canvas>. React Flow then draws no cards at all. Seen whole, a
 * 2,000-card map made React Flow do work for every card on every frame of a pan (p95 83 ms a frame)
 * and on every change (a layout's new positions blocked the page for ~0.5 s). At this zoom a
 * card's title is under 5 px high: nothing readable is lost.
 */
export const OVERVIEW_ZOOM = 0.3;

/** A card as the overview paints it: where, how big, what colour. */
export type OverviewCard = {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  selected: boolean;
  /** Left out by the viewer's filters: painted faintly. */
  dimmed: boolean;
  /** On the viewer's highlighted route: outlined. */
  onRoute: boolean;
};
/** A move as the overview paints it: from the right middle of one card to the left middle of another. */
export type OverviewLine = { x1: number; y1: number; x2: number; y2: number; onRoute: boolean };
export type OverviewPicture = { cards: OverviewCard[]; lines: OverviewLine[] };

/** Cards without a (valid) group colour, as in the minimap. */
const NO_GROUP_COLOUR = '#7b8794';

/**
 * What the overview paints, from the nodes React Flow holds (positions, measured sizes), the edges,
 * and the viewer's marks (selected card, dimmed cards, highlighted route) where there are any.
 */
export function overviewPicture(
  nodes: readonly CardFlowNode[],
  edges: readonly Edge[],
  marks?: CanvasMarks,
): OverviewPicture {
  const boxes = new Map<string, OverviewCard>();
  for (const node of nodes) {
    boxes.set(node.id, {
      x: node.position.x,
      y: node.position.y,
      width: node.measured?.width ?? TALLEST_CARD_SIZE.width,
      height: node.measured?.height ?? TALLEST_CARD_SIZE.height,
      colour: safeColour(node.data.colour) ?? NO_GROUP_COLOUR,
      selected: node.selected === true || marks?.selectedId === node.id,
      dimmed: marks?.dimmedIds.has(node.id) ?? false,
      onRoute: marks?.route?.occupationIds.has(node.id) ?? false,
    });
  }
  const lines: OverviewLine[] = [];
  for (const edge of edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!from || !to) continue;
    const onRoute = marks?.route?.transitionIds.has(edge.id) ?? false;
    lines.push({ x1: from.x + from.width, y1: from.y + from.height / 2, x2: to.x, y2: to.y + to.height / 2, onRoute });
  }
  return { cards: [...boxes.values()], lines };
}
