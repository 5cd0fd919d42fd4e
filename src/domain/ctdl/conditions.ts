import { isGroup, type Requirement, type RequirementGroup, type RequirementItem } from '../schema/requirement';
import type { CtdlNode, CtdlValue } from './ctdl-graph';
import type { CardKind } from './component-kinds';
import { keepProps, keptNodes, keptProps, type KeepContext, type Kept } from './ctdl-kept';
import { deterministicCtid, isCtid } from './mint-ctid';
import { T, hasType, literalNumber, refs } from './terms';
import type { ParseIssue } from '../issues';

/**
 * A ComponentCondition in between CTDL and a requirement tree: how many of its targets (cards) and
 * nested conditions are needed. Both directions go through it, and comparing two of them tells
 * whether a condition in a file says what a card's requirement tree says.
 */
export type ConditionSpec = { required?: number; targets: string[]; children: ConditionSpec[]; texts: string[]; kept?: Kept };

/** Marks a card's way in made of several top-level conditions (all of them needed). */
export const SEVERAL_CONDITIONS = 'several-conditions';

const MAX_CONDITION_DEPTH = 16;
const HANDLED = new Set([T.ctid, T.requiredNumber, T.targetComponent, T.hasCondition]);

export type ConditionReader = {
  byId: ReadonlyMap<string, CtdlNode>;
  /** Component node id → card id. */
  cardOf: ReadonlyMap<string, string>;
  keep: KeepContext;
  warnings: ParseIssue[];
  nodePath: (nodeId: string) => string;
};

/** The conditions a node's hasCondition names, read into specs (unreadable ones are warned about and skipped). */
export function readConditions(owner: CtdlNode, reader: ConditionReader, depth = 0, seen = new Set<string>(), component = owner.id): ConditionSpec[] {
  const specs: ConditionSpec[] = [];
  refs(owner, T.hasCondition).forEach((id, index) => {
    const at = `${reader.nodePath(owner.id)}.ceterms:hasCondition[${index}]`;
    const node = reader.byId.get(id);
    if (!node) return void reader.warnings.push({ path: at, message: `names a condition (${id}) that isn't in the file; left out` });
    if (seen.has(id)) return void reader.warnings.push({ path: at, message: 'holds itself (a loop of conditions); left out' });
    if (depth >= MAX_CONDITION_DEPTH) {
      return void reader.warnings.push({ path: at, message: `nests conditions deeper than ${MAX_CONDITION_DEPTH}; the deeper ones are left out` });
    }
    if (!hasType(node, T.ComponentCondition) && node.types.length > 0) {
      reader.warnings.push({ path: at, message: 'is not typed ceterms:ComponentCondition; read as one' });
    }
    const targets: string[] = [];
    refs(node, T.targetComponent).forEach((target, t) => {
      const card = reader.cardOf.get(target);
      if (target === component) {
        reader.warnings.push({ path: `${reader.nodePath(id)}.ceterms:targetComponent[${t}]`, message: 'names the component the condition belongs to (nobody could ever start it); left out' });
      } else if (card === undefined) {
        reader.warnings.push({ path: `${reader.nodePath(id)}.ceterms:targetComponent[${t}]`, message: `names a component (${target}) that isn't in the file; left out` });
      } else if (!targets.includes(card)) targets.push(card);
    });
    const children = readConditions(node, reader, depth + 1, new Set([...seen, id]), component);
    const required = literalNumber(node, T.requiredNumber);
    const extra: Kept = node.id.startsWith('_:') ? {} : { '@id': node.id };
    const kept = keepProps(node, HANDLED, reader.keep, extra);
    specs.push({ required: required === undefined ? undefined : Math.max(1, Math.round(required)), targets, children, texts: [], kept });
  });
  return specs;
}

const itemType = (kind: CardKind | undefined): RequirementItem['type'] =>
  kind === 'credential' || kind === 'program' || kind === 'experience' ? kind : 'other';

/** A spec as a requirement group: "all of" when every target and nested condition is needed, else "any N of". */
export function specToGroup(spec: ConditionSpec, kindOf: (cardId: string) => CardKind | undefined): RequirementGroup {
  const of: Requirement[] = [
    ...spec.targets.map((cardId): Requirement => ({ type: itemType(kindOf(cardId)), cardId })),
    ...spec.children.map((child) => specToGroup(child, kindOf)),
  ];
  const required = spec.required ?? of.length;
  const group: RequirementGroup = required >= of.length ? { type: 'all', of } : { type: 'any', count: required, of };
  if (spec.kept && Object.keys(spec.kept).length > 0) group.ctdl = spec.kept;
  return group;
}

/** Several conditions on one card: all of them. */
export function specsToRequirement(specs: readonly ConditionSpec[], kindOf: (cardId: string) => CardKind | undefined): Requirement | undefined {
  if (specs.length === 0) return undefined;
  const groups = specs.map((spec) => specToGroup(spec, kindOf));
  return groups.length === 1 ? groups[0] : { type: 'all', of: groups, ctdl: { '@role': SEVERAL_CONDITIONS } };
}

function keptOf(value: unknown): Kept | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Kept) : undefined;
}

function groupToSpec(requirement: Requirement): ConditionSpec {
  if (!isGroup(requirement)) {
    return requirement.cardId !== undefined
      ? { required: 1, targets: [requirement.cardId], children: [], texts: [] }
      : { required: 1, targets: [], children: [], texts: requirement.text ? [requirement.text] : [] };
  }
  const targets: string[] = [];
  const children: ConditionSpec[] = [];
  const texts: string[] = [];
  for (const inner of requirement.of) {
    if (isGroup(inner)) children.push(groupToSpec(inner));
    else if (inner.cardId !== undefined) {
      if (!targets.includes(inner.cardId)) targets.push(inner.cardId);
    } else if (inner.text) texts.push(inner.text);
  }
  const counted = targets.length + children.length;
  const required = requirement.type === 'any' ? Math.min(requirement.count ?? 1, Math.max(counted, 1)) : counted;
  return { required, targets, children, texts, kept: keptOf(requirement.ctdl) };
}

/** A requirement tree as the conditions an export writes for it. */
export function requirementToSpecs(requirement: Requirement): ConditionSpec[] {
  if (isGroup(requirement) && keptOf(requirement.ctdl)?.['@role'] === SEVERAL_CONDITIONS) {
    return requirement.of.map(groupToSpec);
  }
  return [groupToSpec(requirement)];
}

/** What a list of specs asks for, ignoring kept statements and texts: equal keys, same conditions. */
export function specsKey(specs: readonly ConditionSpec[]): string {
  const shape = (spec: ConditionSpec): unknown => {
    const total = spec.targets.length + spec.children.length;
    return [Math.min(spec.required ?? total, total), spec.targets, spec.children.map(shape)];
  };
  return JSON.stringify(specs.map(shape));
}

/** Writes specs as ComponentCondition nodes; returns their ids. `seed` makes minted CTIDs stable. */
export function writeConditions(
  specs: readonly ConditionSpec[],
  seed: string,
  nodeOfCard: (cardId: string) => string | undefined,
  out: CtdlNode[],
): string[] {
  return specs.map((spec, index) => {
    const keptId = spec.kept?.['@id'];
    const id = typeof keptId === 'string' && keptId !== '' ? keptId : deterministicCtid(`${seed}/condition/${index}`);
    const props: Record<string, CtdlValue[]> = {};
    if (isCtid(id)) props[T.ctid] = [{ value: id }];
    const kept = keptProps(spec.kept);
    if (spec.texts.length > 0 && !kept[T.description]) props[T.description] = [{ value: `Also needed: ${spec.texts.join('; ')}` }];
    if (spec.required !== undefined) props[T.requiredNumber] = [{ value: spec.required }];
    const targets = spec.targets.map(nodeOfCard).filter((target): target is string => target !== undefined);
    if (targets.length > 0) props[T.targetComponent] = targets.map((target) => ({ id: target }));
    const node: CtdlNode = { id, types: [T.ComponentCondition], props };
    out.push(node);
    const children = writeConditions(spec.children, `${id}`, nodeOfCard, out);
    if (children.length > 0) props[T.hasCondition] = children.map((child) => ({ id: child }));
    for (const [prop, list] of Object.entries(kept)) props[prop] = [...(props[prop] ?? []).filter(() => prop !== T.description), ...list];
    out.push(...keptNodes(spec.kept));
    return id;
  });
}

/** Counts conditions and nested ones, for the report. */
export function countSpecs(specs: readonly ConditionSpec[], depth = 0): { all: number; nested: number } {
  let all = 0;
  let nested = 0;
  for (const spec of specs) {
    all++;
    if (depth > 0) nested++;
    const inner = countSpecs(spec.children, depth + 1);
    all += inner.all;
    nested += inner.nested;
  }
  return { all, nested };
}

