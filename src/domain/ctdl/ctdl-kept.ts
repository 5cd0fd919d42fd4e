import { isRef, type CtdlNode, type CtdlValue } from './ctdl-graph';

/**
 * What a map, card or condition keeps of a CTDL node that no field holds: property IRI → values
 * verbatim, `@type` when the class is not the one its kind is written as, `@id` for a condition's
 * CTID, and `@nodes`: the nodes those values point at (a Constraint, a ValueProfile), whole.
 */
export type Kept = Record<string, unknown>;

export type KeepContext = {
  byId: ReadonlyMap<string, CtdlNode>;
  /** Nodes the mapping turns into something (components, conditions, levels…): referred to, never embedded. */
  mapped: ReadonlySet<string>;
  /** Nodes already embedded somewhere (each is written once). */
  consumed: Set<string>;
};

/** Embeds the nodes `values` point at (and what they point at), each once. */
function embed(values: readonly CtdlValue[], context: KeepContext, into: CtdlNode[]): void {
  for (const value of values) {
    if (!isRef(value) || context.mapped.has(value.id) || context.consumed.has(value.id)) continue;
    const node = context.byId.get(value.id);
    if (!node) continue;
    context.consumed.add(value.id);
    into.push(node);
    for (const inner of Object.values(node.props)) embed(inner, context, into);
  }
}

/** The properties of `node` that `handled` does not take, with the nodes they point at. */
export function keepProps(node: CtdlNode, handled: ReadonlySet<string>, context: KeepContext, extra: Kept = {}): Kept {
  const kept: Kept = { ...extra };
  const nodes: CtdlNode[] = [];
  for (const [prop, list] of Object.entries(node.props)) {
    if (handled.has(prop) || list.length === 0) continue;
    kept[prop] = list;
    embed(list, context, nodes);
  }
  if (nodes.length > 0) kept['@nodes'] = nodes;
  return kept;
}

/** Kept values to add beside the handled ones (e.g. a name in other languages). */
export function keepValues(kept: Kept, prop: string, list: readonly CtdlValue[]): void {
  if (list.length > 0) kept[prop] = [...((kept[prop] as CtdlValue[] | undefined) ?? []), ...list];
}

export const isEmptyKept = (kept: Kept) => Object.keys(kept).length === 0;

/** The property entries of a kept record (not its `@` keys), as a node's props. */
export function keptProps(kept: Kept | undefined): Record<string, CtdlValue[]> {
  const props: Record<string, CtdlValue[]> = {};
  if (!kept) return props;
  for (const [key, list] of Object.entries(kept)) {
    if (key.startsWith('@') || !Array.isArray(list)) continue;
    props[key] = list.filter(isCtdlValue);
  }
  return props;
}

export function keptNodes(kept: Kept | undefined): CtdlNode[] {
  const nodes = kept?.['@nodes'];
  return Array.isArray(nodes) ? nodes.filter(isCtdlNode) : [];
}

export function keptTypes(kept: Kept | undefined): string[] | undefined {
  const types = kept?.['@type'];
  return Array.isArray(types) && types.every((t) => typeof t === 'string') && types.length > 0 ? (types as string[]) : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Kept records come back from stored maps: trust nothing about their shape. */
export function isCtdlValue(value: unknown): value is CtdlValue {
  if (!isObject(value)) return false;
  if ('id' in value) return typeof value.id === 'string';
  if ('value' in value) return ['string', 'number', 'boolean'].includes(typeof value.value);
  return 'json' in value;
}

function isCtdlNode(value: unknown): value is CtdlNode {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    Array.isArray(value.types) &&
    value.types.every((t) => typeof t === 'string') &&
    isObject(value.props) &&
    Object.values(value.props).every((list) => Array.isArray(list))
  );
}
