import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Group, Occupation, PathwayMap, Transition } from '../../domain/schema/map';
import { COLOR_PATTERN } from '../../domain/schema/limits';
import { ladderPositions } from '../../layout/ladder-positions';

export type OccupationNodeData = { occupation: Occupation; group: Group | undefined };
export type OccupationFlowNode = Node<OccupationNodeData, 'occupation'>;

/** A colour that is safe to put into a style: validated on import, checked again here. */
export function safeColour(colour: string | undefined): string | undefined {
  return colour !== undefined && COLOR_PATTERN.test(colour) ? colour : undefined;
}

/**
 * Builds fresh React Flow nodes and edges from a map. Only named fields are copied:
 * React Flow spreads some node/edge props onto the DOM, so map data never goes there wholesale.
 */
export function toFlowElements(map: PathwayMap): { nodes: OccupationFlowNode[]; edges: Edge[] } {
  const positions = ladderPositions(map);
  const groups = new Map(map.groups.map((group) => [group.id, group]));
  const titles = new Map(map.occupations.map((occupation) => [occupation.id, occupation.title]));

  const nodes = map.occupations.map(
    (occupation): OccupationFlowNode => ({
      id: occupation.id,
      type: 'occupation',
      position: positions.get(occupation.id) ?? { x: 0, y: 0 },
      data: { occupation, group: occupation.groupId === undefined ? undefined : groups.get(occupation.groupId) },
      ariaLabel: occupation.title,
      draggable: false,
      connectable: false,
    }),
  );

  const edges = map.transitions
    .filter((transition) => titles.has(transition.from) && titles.has(transition.to))
    .map((transition): Edge => transitionEdge(transition, titles));

  return { nodes, edges };
}

function transitionEdge(transition: Transition, titles: Map<string, string>): Edge {
  const kind = transition.kind ?? 'advancement';
  return {
    id: transition.id,
    source: transition.from,
    target: transition.to,
    type: 'smoothstep',
    className: kind === 'lateral' ? 'transition-edge transition-edge--lateral' : 'transition-edge',
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    ariaLabel: `${kind === 'lateral' ? 'Lateral move' : 'Move'} from ${titles.get(transition.from)} to ${titles.get(transition.to)}`,
  };
}
