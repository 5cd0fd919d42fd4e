import type { CtdlGraph, CtdlNode } from './ctdl-graph';
import { isComponentClass } from './component-kinds';
import { T, hasType, indexGraph, refs } from './terms';

/** The parts of a graph the mapping turns into a map: one pathway, its components, conditions, model. */
export type Discovered = {
  byId: Map<string, CtdlNode>;
  position: Map<string, number>;
  pathway?: CtdlNode;
  otherPathways: CtdlNode[];
  components: CtdlNode[];
  conditions: Set<string>;
};

const LINKS_DOWN = [T.hasChild, T.hasPart, T.hasDestinationComponent, T.precedes, T.precededBy, T.prerequisite];
const LINKS_UP = [T.isChildOf, T.isPartOf, T.isDestinationComponentOf];
const NOT_COMPONENTS = [T.Pathway, T.ComponentCondition, T.ProgressionModel, T.ProgressionLevel];

const isComponentNode = (node: CtdlNode) => node.types.some(isComponentClass);

/** Components reachable from a pathway (down its links, and nodes pointing up at it). */
function reachable(start: CtdlNode, graph: CtdlGraph, byId: Map<string, CtdlNode>): Set<string> {
  const seen = new Set<string>();
  const queue = [start.id];
  for (const node of graph.nodes) if (LINKS_UP.some((prop) => refs(node, prop).includes(start.id))) queue.push(node.id);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    const node = byId.get(id);
    if (!node || seen.has(id) || NOT_COMPONENTS.some((type) => hasType(node, type) && id !== start.id)) continue;
    seen.add(id);
    for (const prop of LINKS_DOWN) queue.push(...refs(node, prop));
  }
  seen.delete(start.id);
  return seen;
}

export function discover(graph: CtdlGraph): Discovered {
  const byId = indexGraph(graph);
  const position = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    if (!position.has(node.id)) position.set(node.id, index);
  });
  const pathways = graph.nodes.filter((node) => hasType(node, T.Pathway));
  const [pathway, ...otherPathways] = pathways;
  const ours = pathway ? reachable(pathway, graph, byId) : new Set<string>();
  const theirs = new Set(otherPathways.flatMap((other) => [...reachable(other, graph, byId)]));
  const components = graph.nodes.filter(
    (node, index) =>
      position.get(node.id) === index &&
      (ours.has(node.id) || (isComponentNode(node) && !theirs.has(node.id))) &&
      !NOT_COMPONENTS.some((type) => hasType(node, type)),
  );
  const conditions = new Set<string>();
  const visit = (node: CtdlNode) => {
    for (const id of refs(node, T.hasCondition)) {
      const inner = byId.get(id);
      if (inner && !conditions.has(id)) {
        conditions.add(id);
        visit(inner);
      }
    }
  };
  components.forEach(visit);
  return { byId, position, pathway, otherPathways, components, conditions };
}
