import type { Requirement } from '../schema/requirement';
import type { CtdlNode } from './ctdl-graph';
import type { CardKind } from './component-kinds';
import { requirementToSpecs, specToGroup, specsKey, SEVERAL_CONDITIONS, type ConditionSpec } from './conditions';
import { T, refs } from './terms';

type Json = Record<string, unknown>;

/** Which CTDL statement made a move (for the report). */
export type Relation = 'precedes' | 'precededBy' | 'prerequisite' | 'hasChild' | 'isChildOf' | 'condition';
export type ReadMove = { from: string; to: string; relation: Relation; requirements?: Requirement };

const pairKey = (from: string, to: string) => JSON.stringify([from, to]);

/**
 * The moves a file's relations make, one per ordered pair (the first relation names it), never a
 * self-loop: A precedes B, B precededBy A, B prerequisite A, B hasChild A and A isChildOf B are all
 * A → B.
 */
export function readMoves(components: readonly CtdlNode[], cardOf: ReadonlyMap<string, string>): Map<string, ReadMove> {
  const moves = new Map<string, ReadMove>();
  const add = (fromNode: string, toNode: string, relation: Relation) => {
    const from = cardOf.get(fromNode);
    const to = cardOf.get(toNode);
    if (from === undefined || to === undefined || from === to) return;
    const key = pairKey(from, to);
    if (!moves.has(key)) moves.set(key, { from, to, relation });
  };
  for (const node of components) {
    for (const id of refs(node, T.precedes)) add(node.id, id, 'precedes');
    for (const id of refs(node, T.precededBy)) add(id, node.id, 'precededBy');
    for (const id of refs(node, T.prerequisite)) add(id, node.id, 'prerequisite');
    for (const id of refs(node, T.hasChild)) add(id, node.id, 'hasChild');
    for (const id of refs(node, T.isChildOf)) add(node.id, id, 'isChildOf');
  }
  return moves;
}

function allTargets(spec: ConditionSpec): string[] {
  return [...spec.targets, ...spec.children.flatMap(allTargets)];
}

const requirementsOf = (move: Json | undefined): Requirement | undefined => move?.requirements as Requirement | undefined;

/**
 * A job's conditions as the requirements of the moves into it. A condition that says what some
 * earlier moves' requirements say (a Pathway Studio export) leaves those moves' trees as they were;
 * any other becomes the requirements of the moves from its targets, made when missing.
 * Returns the requirements by move pair; `keepFrom` lists pairs whose earlier tree stands.
 */
export function jobConditionsToMoves(
  jobId: string,
  specs: readonly ConditionSpec[],
  earlierMovesIn: readonly Json[],
  kindOf: (cardId: string) => CardKind | undefined,
  moves: Map<string, ReadMove>,
  keepFrom: Set<string>,
): void {
  const pending = new Map<string, Requirement[]>();
  const fileKeys = new Set(specs.map((spec) => specsKey([spec])));
  const explained = new Set<string>();
  for (const move of earlierMovesIn) {
    const tree = requirementsOf(move);
    if (tree === undefined) continue;
    const keys = requirementToSpecs(tree).map((spec) => specsKey([spec]));
    if (!keys.every((key) => fileKeys.has(key))) continue;
    const pair = pairKey(String(move.from), jobId);
    keepFrom.add(pair);
    if (!moves.has(pair)) moves.set(pair, { from: String(move.from), to: jobId, relation: 'condition' });
    keys.forEach((key) => explained.add(key));
  }
  for (const spec of specs) {
    if (explained.has(specsKey([spec]))) continue;
    const group = specToGroup(spec, kindOf);
    for (const from of new Set(allTargets(spec))) {
      if (from === jobId) continue;
      const pair = pairKey(from, jobId);
      pending.set(pair, [...(pending.get(pair) ?? []), group]);
      if (!moves.has(pair)) moves.set(pair, { from, to: jobId, relation: 'condition' });
    }
  }
  for (const [pair, trees] of pending) {
    const move = moves.get(pair);
    if (!move || keepFrom.has(pair)) continue;
    move.requirements = trees.length === 1 ? trees[0] : { type: 'all', of: trees, ctdl: { '@role': SEVERAL_CONDITIONS } };
  }
}

export { pairKey };
