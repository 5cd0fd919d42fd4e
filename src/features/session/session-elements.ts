import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Feedback, PathwayMap } from '../../domain/schema/map';
import {
  toFlowElements,
  type OccupationNodeData,
  type StepNodeData,
  type TransitionFlowEdge,
} from '../canvas/to-flow-elements';
import type { WageScales } from '../canvas/wage-scale';
import { CARD_PARTS, cardDescribedBy, DEFAULT_FLOW_ID } from '../canvas/card-description';

/** A card in a session: the usual card, its critical-vote tally and whether a change to it is pending. */
type SessionMarks = {
  votes: number;
  /** The organizations that voted for it, joined for a tooltip (a string, so unchanged cards compare equal). */
  voters: string;
  pendingSuggestions: number;
};
export type SessionNodeData = OccupationNodeData & SessionMarks;
/** A step card (credential, program, experience, milestone) in a session: the room speaks about any card. */
export type SessionStepNodeData = StepNodeData & SessionMarks;
export type SessionFlowNode = Node<SessionNodeData, 'occupation'> | Node<SessionStepNodeData, 'step'>;

/** A move suggested in the room and not yet decided: drawn as a ghost arrow. */
export type SuggestedEdgeData = { label: string };
export type SuggestedFlowEdge = Edge<SuggestedEdgeData, 'suggested'>;
export type SessionFlowEdge = TransitionFlowEdge | SuggestedFlowEdge;

export type SessionTally = { votes: number; organizations: readonly string[] };

export type SessionElements = { nodes: SessionFlowNode[]; edges: SessionFlowEdge[]; wageScales: WageScales };

export const SUGGESTED_COLOUR = '#9a3412';

/**
 * The session canvas's nodes and edges: the shared canvas elements (toFlowElements, which copies
 * only named fields), plus each card's tally and pending marker, pending removals marked on their
 * arrows, and suggested moves as ghost arrows.
 */
export function sessionElements(
  map: PathwayMap,
  tallies: ReadonlyMap<string, SessionTally>,
  pending: readonly Feedback[],
): SessionElements {
  const built = toFlowElements(map);
  const pendingOn = new Map<string, number>();
  const count = (id: string | undefined) => {
    if (id !== undefined) pendingOn.set(id, (pendingOn.get(id) ?? 0) + 1);
  };
  const titles = new Map([...map.occupations, ...map.steps].map((card) => [card.id, card.title]));
  const suggestedEdges: SuggestedFlowEdge[] = [];
  for (const feedback of pending) {
    const suggestion = feedback.suggestion;
    if (!suggestion) continue;
    if (suggestion.kind === 'set-field') count(suggestion.targetId);
    else if (suggestion.kind === 'remove-transition') count(suggestion.transitionId);
    else if (suggestion.from && suggestion.to && titles.has(suggestion.from) && titles.has(suggestion.to)) {
      suggestedEdges.push({
        id: `suggested:${feedback.id}`,
        source: suggestion.from,
        target: suggestion.to,
        type: 'suggested',
        className: 'session-edge--suggested',
        selectable: false,
        focusable: false,
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: SUGGESTED_COLOUR },
        ariaLabel: `Suggested move from ${titles.get(suggestion.from)} to ${titles.get(suggestion.to)}, pending`,
        data: { label: 'Suggested' },
      });
    }
  }

  const nodes = built.nodes.map((node): SessionFlowNode => {
    const tally = tallies.get(node.id);
    const marks: SessionMarks = {
      votes: tally?.votes ?? 0,
      voters: tally ? tally.organizations.join(', ') : '',
      pendingSuggestions: pendingOn.get(node.id) ?? 0,
    };
    // The room's tally and pending marker are part of the card's description (card-description.ts).
    const domAttributes = { ...node.domAttributes, 'aria-describedby': cardDescribedBy(DEFAULT_FLOW_ID, node.id, [...CARD_PARTS, 'room']) };
    return node.type === 'step'
      ? { ...node, domAttributes, data: { ...node.data, ...marks } }
      : { ...node, domAttributes, data: { ...node.data, ...marks } };
  });
  const edges: SessionFlowEdge[] = built.edges.map((edge) =>
    pendingOn.has(edge.id)
      ? {
          ...edge,
          className: `${edge.className ?? ''} session-edge--pending`,
          label: typeof edge.label === 'string' ? `${edge.label} · change pending` : 'Change pending',
          ariaLabel: `${edge.ariaLabel ?? ''}, change pending`,
        }
      : edge,
  );
  return { nodes, edges: [...edges, ...suggestedEdges], wageScales: built.wageScales };
}
