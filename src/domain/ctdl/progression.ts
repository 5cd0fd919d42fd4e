import type { Level } from '../schema/level';
import { MAX_LEVELS } from '../schema/level';
import type { CtdlNode, CtdlValue } from './ctdl-graph';
import { isEmptyKept, keepProps, keepValues, keptNodes, keptProps, type KeepContext, type Kept } from './ctdl-kept';
import { deterministicCtid, isCtid } from './mint-ctid';

const isKept = (value: unknown): value is Kept => value !== null && typeof value === 'object' && !Array.isArray(value);
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

/** The name an export gives a map's progression model. */
const modelName = (mapTitle: string) => `${mapTitle}: levels`;

const LEVEL_PROPS = new Set([T.ctid, T.prefLabel, T.inScheme, T.psLevelId, T.precedes, T.broader]);
const MODEL_PROPS = new Set([T.ctid, T.hasTopConcept, T.hasProgressionLevel]);

/**
 * What the model and its levels say besides labels and order, kept verbatim: on each level as its
 * `ctdl`, and returned for the model (the map keeps it as `ctdl['@model']`).
 */
export function keepProgression(model: ReadModel, byId: ReadonlyMap<string, CtdlNode>, keep: KeepContext, mapTitle: string): Kept {
  model.levels.forEach((level) => {
    const node = [...model.levelOfNode].find(([, id]) => id === level.id)?.[0];
    const levelNode = node !== undefined ? byId.get(node) : undefined;
    if (!levelNode) return;
    const kept = keepProps(levelNode, LEVEL_PROPS, keep);
    const shown = pickLiteral(levelNode, T.prefLabel);
    keepValues(kept, T.prefLabel, (levelNode.props[T.prefLabel] ?? []).filter((v) => v !== shown));
    if (shown?.language !== undefined) kept['@language'] = { [T.prefLabel]: shown.language };
    if (!isEmptyKept(kept)) level.ctdl = kept;
  });
  const modelNode = model.modelId !== undefined ? byId.get(model.modelId) : undefined;
  if (!modelNode) return {};
  // The name an export gives a model (modelName) says nothing of its own.
  const names = modelNode.props[T.name] ?? [];
  const generated = names.length === 1 && names[0] !== undefined && 'value' in names[0] && names[0].value === modelName(mapTitle) && names[0].language === undefined;
  return keepProps(modelNode, generated ? new Set([...MODEL_PROPS, T.name]) : MODEL_PROPS, keep);
}

/** The nodes a map's levels are written as: one model and a level per map level, with stable CTIDs. */
export function writeProgression(
  levels: readonly Level[],
  pathwayCtid: string,
  title: string,
  modelKept: Kept | undefined,
): { model: CtdlNode; levelNodes: CtdlNode[]; nodeOfLevel: Map<string, string>; keptNodes: CtdlNode[] } {
  const kept: CtdlNode[] = [...keptNodes(modelKept)];
  const modelId = deterministicCtid(`${pathwayCtid}/progression-model`);
  const nodeOfLevel = new Map<string, string>();
  const levelNodes = levels.map((level): CtdlNode => {
    const id = isCtid(level.id) ? level.id : deterministicCtid(`${pathwayCtid}/level/${level.id}`);
    nodeOfLevel.set(level.id, id);
    const levelKept = isKept(level.ctdl) ? level.ctdl : undefined;
    const languages = levelKept?.['@language'];
    const tag = isKept(languages) ? languages[T.prefLabel] : undefined;
    const language = typeof tag === 'string' ? tag : undefined;
    const props: Record<string, CtdlValue[]> = {
      [T.ctid]: [{ value: id }],
      [T.prefLabel]: [language !== undefined ? { value: level.label, language } : { value: level.label }],
      [T.inScheme]: [{ id: modelId }],
    };
    if (level.id !== id) props[T.psLevelId] = [{ value: level.id }];
    for (const [prop, list] of Object.entries(keptProps(levelKept))) props[prop] = [...(props[prop] ?? []), ...list];
    kept.push(...keptNodes(levelKept));
    return { id, types: [T.ProgressionLevel], props };
  });
  const modelProps = keptProps(modelKept);
  const model: CtdlNode = {
    id: modelId,
    types: [T.ProgressionModel],
    props: {
      [T.ctid]: [{ value: modelId }],
      ...(modelProps[T.name] ? {} : { [T.name]: [{ value: modelName(title) }] }),
      [T.hasTopConcept]: levelNodes.map((node) => ({ id: node.id })),
      ...modelProps,
    },
  };
  return { model, levelNodes, nodeOfLevel, keptNodes: kept };
}

