import type { Level } from '../schema/level';
import { MAX_LEVELS } from '../schema/level';
import type { CtdlNode, CtdlValue } from './ctdl-graph';
import { deterministicCtid, isCtid } from './mint-ctid';
import { T, hasType, literalText, pickLiteral, refs } from './terms';

/** A progression model read from a graph: levels in order, and the node id each came from. */
export type ReadModel = { modelId?: string; levels: Level[]; levelOfNode: Map<string, string> };

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 40) || 'level';
}

/** Orders levels by precedes / broader when any level says so, else keeps the order given. */
function orderLevels(nodes: CtdlNode[]): CtdlNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const after = new Map<string, Set<string>>(nodes.map((n) => [n.id, new Set<string>()]));
  for (const node of nodes) {
    for (const next of refs(node, T.precedes)) if (ids.has(next) && next !== node.id) after.get(next)?.add(node.id);
    for (const before of refs(node, T.broader)) if (ids.has(before) && before !== node.id) after.get(node.id)?.add(before);
  }
  const placed = new Set<string>();
  const out: CtdlNode[] = [];
  // Repeatedly take the first level (in given order) whose earlier levels are all placed; a loop falls back to given order.
  while (out.length < nodes.length) {
    const next = nodes.find((n) => !placed.has(n.id) && [...(after.get(n.id) ?? [])].every((b) => placed.has(b))) ?? nodes.find((n) => !placed.has(n.id));
    if (!next) break;
    placed.add(next.id);
    out.push(next);
  }
  return out;
}

/** The first progression model (the pathway's, else any in the graph) and its levels. */
export function readProgression(pathway: CtdlNode | undefined, graph: readonly CtdlNode[], byId: ReadonlyMap<string, CtdlNode>): ReadModel {
  const modelId = (pathway ? refs(pathway, T.hasProgressionModel) : []).find((id) => byId.has(id)) ?? graph.find((n) => hasType(n, T.ProgressionModel))?.id;
  const model = modelId ? byId.get(modelId) : undefined;
  const listed = model ? [...refs(model, T.hasTopConcept), ...refs(model, T.hasProgressionLevel)] : [];
  const levelNodes: CtdlNode[] = [];
  const add = (node: CtdlNode | undefined) => {
    if (node && !levelNodes.includes(node)) levelNodes.push(node);
  };
  listed.forEach((id) => add(byId.get(id)));
  for (const node of graph) {
    if (!hasType(node, T.ProgressionLevel)) continue;
    const scheme = refs(node, T.inScheme);
    if (!model || scheme.length === 0 || scheme.includes(model.id)) add(node);
  }
  const levels: Level[] = [];
  const levelOfNode = new Map<string, string>();
  const used = new Set<string>();
  for (const node of orderLevels(levelNodes).slice(0, MAX_LEVELS)) {
    // As written (a label may be all spaces on a map); only an empty one is named by its place.
    const written = [T.prefLabel, T.name].map((prop) => String(pickLiteral(node, prop)?.value ?? '')).find((text) => text !== '');
    const label = (written ?? `Level ${levels.length + 1}`).slice(0, 80);
    const given = literalText(node, T.psLevelId);
    let id = given ?? (isCtid(node.id) ? node.id : slug(label));
    for (let n = 2; used.has(id); n++) id = `${given ?? slug(label)}-${n}`;
    used.add(id);
    levels.push({ id, label });
    levelOfNode.set(node.id, id);
  }
  return { modelId: model?.id, levels, levelOfNode };
}

/** The nodes a map's levels are written as: one model and a level per map level, with stable CTIDs. */
export function writeProgression(
  levels: readonly Level[],
  pathwayCtid: string,
  title: string,
): { model: CtdlNode; levelNodes: CtdlNode[]; nodeOfLevel: Map<string, string> } {
  const modelId = deterministicCtid(`${pathwayCtid}/progression-model`);
  const nodeOfLevel = new Map<string, string>();
  const levelNodes = levels.map((level): CtdlNode => {
    const id = isCtid(level.id) ? level.id : deterministicCtid(`${pathwayCtid}/level/${level.id}`);
    nodeOfLevel.set(level.id, id);
    const props: Record<string, CtdlValue[]> = {
      [T.ctid]: [{ value: id }],
      [T.prefLabel]: [{ value: level.label }],
      [T.inScheme]: [{ id: modelId }],
    };
    if (level.id !== id) props[T.psLevelId] = [{ value: level.id }];
    return { id, types: [T.ProgressionLevel], props };
  });
  const model: CtdlNode = {
    id: modelId,
    types: [T.ProgressionModel],
    props: {
      [T.ctid]: [{ value: modelId }],
      [T.name]: [{ value: `${title}: levels` }],
      [T.hasTopConcept]: levelNodes.map((node) => ({ id: node.id })),
    },
  };
  return { model, levelNodes, nodeOfLevel };
}

