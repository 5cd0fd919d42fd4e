import { LEFT_OUT_LABEL, notKnownText } from '../../domain/filters/filter-words';
import { UNKNOWN_FIGURES, type UnknownFigure } from '../../domain/filters/occupation-filter';
import { MarkerType } from '@xyflow/react';
import { ROUTE_TONES, type RouteTone } from './route-tone';
import type { CardFlowNode, TransitionFlowEdge } from './to-flow-elements';

/**
 * How a canvas marks cards and arrows for a reader: the selected card, cards that do not match the
 * filters (dimmed, never removed), cards the filters cannot judge ("not known"), and a highlighted route (its cards and arrows stand out, the other
 * arrows fade). Each mark is drawn (canvas.css) and said (an accessible description), not only coloured.
 */
export type CanvasMarks = {
  selectedId: string | undefined;
  dimmedIds: ReadonlySet<string>;
  /**
   * Cards a filter cannot judge, with the figures they lack: marked "not known" (dashed amber, and said),
   * never described as non-matches, whether they are shown or dimmed.
   */
  notKnown?: ReadonlyMap<string, readonly UnknownFigure[]>;
  /** `tone`: the route's colour, chosen clear of the map's group colours (route-tone.ts); ink when not given. */
  route: { occupationIds: ReadonlySet<string>; transitionIds: ReadonlySet<string>; tone?: RouteTone } | undefined;
};

/** The words each mark adds to a card's accessible description, through elements with these ids. */
export const MARK_DESCRIPTIONS = {
  selected: 'Selected.',
  route: 'On the highlighted route.',
  dimmed: `${LEFT_OUT_LABEL}.`,
} as const;
type StaticMark = keyof typeof MARK_DESCRIPTIONS;
type MarkName = StaticMark | 'not-known';

/** Every set of missing figures a card can have, in order, as its description's key and words. */
export const NOT_KNOWN_DESCRIPTIONS: readonly { key: NotKnownMark; text: string }[] = UNKNOWN_FIGURES.reduce<UnknownFigure[][]>(
  (subsets, figure) => [...subsets, ...subsets.map((subset) => [...subset, figure])],
  [[]],
)
  .filter((subset) => subset.length > 0)
  .map((subset) => ({ key: notKnownKey(subset), text: `${notKnownText(subset)}.` }));

type NotKnownMark = `not-known-${string}`;

function notKnownKey(missing: readonly UnknownFigure[]): NotKnownMark {
  return `not-known-${missing.join('-')}`;
}

export function markDescriptionId(flowId: string, mark: StaticMark | NotKnownMark): string {
  return `${flowId}-mark-${mark}`;
}

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
    const missing = marks.notKnown?.get(node.id);
    if (missing) on.push('not-known');
    if (on.length === 0) return node;
    const tone = on.includes('route') ? ` occupation-node--route-${marks.route?.tone ?? 'ink'}` : '';
    // A card dimmed only for want of a figure is said to be not known, never to not match.
    const described = on
      .filter((mark) => !(mark === 'dimmed' && missing))
      .map((mark) => markDescriptionId(flowId, mark === 'not-known' && missing ? notKnownKey(missing) : (mark as StaticMark)));
    return cached(markedNodes, node, `${flowId} ${on.join(' ')}${tone} ${described.join(' ')}`, () => ({
      ...node,
      selected: on.includes('selected'),
      className: on.map((mark) => `occupation-node--${mark}`).join(' ') + tone,
      domAttributes: {
        ...node.domAttributes,
        // The marks' words first, then what the card was built to be described by (card-description.ts).
        'aria-describedby': [...described, node.domAttributes?.['aria-describedby']].filter(Boolean).join(' '),
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
    const tone = route.tone ?? 'ink';
    return cached(markedEdges, edge, onRoute ? `route ${tone}` : emphasis, () => ({
      ...edge,
      className: `${edge.className ?? ''} ${onRoute ? `transition-edge--on-route transition-edge--route-${tone}` : 'transition-edge--faded'}`.trim(),
      ...(edge.data && { data: { ...edge.data, emphasis } }),
      // A larger arrowhead in the route's tone: with the heavier line, a form no other arrow has.
      ...(onRoute && { markerEnd: { type: MarkerType.ArrowClosed, width: 30, height: 30, markerUnits: 'userSpaceOnUse', color: ROUTE_TONES[tone] } }),
      ...(onRoute && { domAttributes: { ...edge.domAttributes, 'aria-description': routeDescription(edge) } }),
    }));
  });
}

function routeDescription(edge: TransitionFlowEdge): string {
  const months = edge.domAttributes?.['aria-description'];
  return [MARK_DESCRIPTIONS.route, typeof months === 'string' ? `${months}.` : undefined].filter(Boolean).join(' ');
}

export const NO_MARKS: CanvasMarks = { selectedId: undefined, dimmedIds: new Set(), route: undefined };
