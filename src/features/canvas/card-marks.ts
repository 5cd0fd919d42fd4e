import { LEFT_OUT_LABEL } from '../../domain/filters/occupation-filter';
import type { CardFlowNode, TransitionFlowEdge } from './to-flow-elements';

/**
 * How a canvas marks cards and arrows for a reader: the selected card, cards that do not match the
 * filters (dimmed, never removed), and a highlighted route (its cards and arrows stand out, the other
 * arrows fade). Each mark is drawn (canvas.css) and said (an accessible description), not only coloured.
 */
export type CanvasMarks = {
  selectedId: string | undefined;
  dimmedIds: ReadonlySet<string>;
  route: { occupationIds: ReadonlySet<string>; transitionIds: ReadonlySet<string> } | undefined;
};

/** The words each mark adds to a card's accessible description, through elements with these ids. */
export const MARK_DESCRIPTIONS = {
  selected: 'Selected.',
  route: 'On the highlighted route.',
  dimmed: `${LEFT_OUT_LABEL}.`,
} as const;
type MarkName = keyof typeof MARK_DESCRIPTIONS;

export function markDescriptionId(flowId: string, mark: MarkName): string {
  return `${flowId}-mark-${mark}`;
}

/** React Flow's own description of a card (how to use it from the keyboard), kept after ours. */
const reactFlowNodeDescriptionId = (flowId: string) => `react-flow__node-desc-${flowId}`;

// A marked node for each built node and set of marks, so a card whose marks did not change keeps
// the same object and React Flow skips it. Weak: old maps' nodes are collected with them.
const markedNodes = new WeakMap<CardFlowNode, Map<string, CardFlowNode>>();
const markedEdges = new WeakMap<TransitionFlowEdge, Map<string, TransitionFlowEdge>>();

function cached<T extends object>(cache: WeakMap<T, Map<string, T>>, element: T, key: string, make: () => T): T {
  let variants = cache.get(element);
  if (!variants) {
    variants = new Map();
    cache.set(element, variants);
  }
  let marked = variants.get(key);
  if (!marked) {
    marked = make();
    variants.set(key, marked);
  }
  return marked;
}

/** The nodes with their marks. An unmarked card is its built node, unchanged. O(cards), no per-frame work. */
export function markNodes(nodes: readonly CardFlowNode[], marks: CanvasMarks, flowId: string): CardFlowNode[] {
  return nodes.map((node) => {
    const on: MarkName[] = [];
    if (node.id === marks.selectedId) on.push('selected');
    if (marks.route?.occupationIds.has(node.id)) on.push('route');
    if (marks.dimmedIds.has(node.id)) on.push('dimmed');
    if (on.length === 0) return node;
    return cached(markedNodes, node, `${flowId} ${on.join(' ')}`, () => ({
      ...node,
      selected: on.includes('selected'),
      className: on.map((mark) => `occupation-node--${mark}`).join(' '),
      domAttributes: {
        'aria-describedby': [...on.map((mark) => markDescriptionId(flowId, mark)), reactFlowNodeDescriptionId(flowId)].join(' '),
        ...(on.includes('selected') && { 'aria-current': 'true' as const }),
      },
    }));
  });
}

/** The arrows with their marks: while a route is shown, its arrows stand out and the others fade. */
export function markEdges(edges: readonly TransitionFlowEdge[], marks: CanvasMarks): TransitionFlowEdge[] {
  const route = marks.route;
  if (!route) return edges as TransitionFlowEdge[];
  return edges.map((edge) => {
    const onRoute = route.transitionIds.has(edge.id);
    const emphasis = onRoute ? 'route' : 'faded';
    return cached(markedEdges, edge, emphasis, () => ({
      ...edge,
      className: `${edge.className ?? ''} ${onRoute ? 'transition-edge--on-route' : 'transition-edge--faded'}`.trim(),
      ...(edge.data && { data: { ...edge.data, emphasis } }),
      ...(onRoute && { domAttributes: { ...edge.domAttributes, 'aria-description': routeDescription(edge) } }),
    }));
  });
}

function routeDescription(edge: TransitionFlowEdge): string {
  const months = edge.domAttributes?.['aria-description'];
  return [MARK_DESCRIPTIONS.route, typeof months === 'string' ? `${months}.` : undefined].filter(Boolean).join(' ');
}

export const NO_MARKS: CanvasMarks = { selectedId: undefined, dimmedIds: new Set(), route: undefined };
