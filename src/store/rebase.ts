import { produce } from 'immer';
import type { Patch } from './patches';
import type { PathwayMap } from '../domain/schema/map';
import type { History, Step } from './history';

type Path = (string | number)[];

/**
 * A field a `never` change set (or cleared) in place: a top-level field of the map, or a field
 * inside one item of a list, named by the item's id (a list index would not name the same item in
 * an older version of the map).
 */
type Fill = { list?: string; id?: string; field: Path; before: unknown; after: unknown; cleared: boolean };

/**
 * A change made without an undo step (cards placed on opening, readable ids as a map is exported)
 * is carried into the undo history, so no undo or redo takes it away. The patches of a step only
 * touch what that step changed, so most steps need nothing. A step whose patch puts back a whole
 * item, list or map (the card it deleted, the list a merge replaced) gets the filled-in field in
 * that value too, where the value still holds what the field held before: the change only fills in
 * what was missing, as it did in the map. Returns undefined when the change is not made of fields
 * set in place (it added or removed items): the history can't follow it, and the caller drops it.
 */
export function carryIntoHistory(history: History, before: PathwayMap, patches: Patch[], inversePatches: Patch[]): History | undefined {
  const fills = fillsOf(before, patches, inversePatches);
  if (fills === undefined) return undefined;
  if (fills.length === 0) return history;
  const index = indexFills(fills);
  const carry = (step: Step): Step => ({
    ...step,
    patches: step.patches.map((patch) => carried(patch, index)),
    inversePatches: step.inversePatches.map((patch) => carried(patch, index)),
  });
  return { ...history, past: history.past.map(carry), future: history.future.map(carry) };
}

/** The fills by the top-level field they are in, and by the item they are in: a patch finds the few that can be in its value. */
type FillIndex = { all: Fill[]; byTop: Map<string, Fill[]>; byItem: Map<string, Fill[]> };
const itemKey = (list: string, id: string) => `${list}\u0000${id}`;

function indexFills(fills: Fill[]): FillIndex {
  const index: FillIndex = { all: fills, byTop: new Map(), byItem: new Map() };
  const add = (map: Map<string, Fill[]>, key: string, fill: Fill) => {
    const list = map.get(key);
    if (list) list.push(fill);
    else map.set(key, [fill]);
  };
  for (const fill of fills) {
    add(index.byTop, String(fill.list ?? fill.field[0]), fill);
    if (fill.list !== undefined && fill.id !== undefined) add(index.byItem, itemKey(fill.list, fill.id), fill);
  }
  return index;
}

/** The fills a patch's value may hold: a patch deeper than an item holds none of a list's fills. */
function candidates(patch: Patch, index: FillIndex): Fill[] {
  const [top] = patch.path;
  if (top === undefined) return index.all;
  const inTop = index.byTop.get(String(top)) ?? [];
  const fields = inTop.filter((fill) => fill.list === undefined);
  if (patch.path.length === 1) return inTop;
  const value: unknown = patch.value;
  if (patch.path.length === 2 && isRecord(value) && typeof value.id === 'string') return [...fields, ...(index.byItem.get(itemKey(String(top), value.id)) ?? [])];
  return fields;
}

function fillsOf(before: PathwayMap, patches: Patch[], inversePatches: Patch[]): Fill[] | undefined {
  const fills: Fill[] = [];
  for (const patch of patches) {
    // An item added to or removed from a list inside an item: not a field set in place.
    if (patch.op !== 'replace' && typeof patch.path.at(-1) === 'number') return undefined;
    const [top, index, ...field] = patch.path;
    if (top === 'updatedAt') continue; // each change stamps it; an undo puts back the stamp it had
    const value = (before as Record<string, unknown>)[String(top)];
    if (Array.isArray(value)) {
      const item: unknown = typeof index === 'number' ? value[index] : undefined;
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
      if (id === undefined || field.length === 0) return undefined; // an item added, removed or replaced whole
      fills.push({ list: String(top), id, field, before: valueAt(item, field), after: patch.value, cleared: patch.op === 'remove' });
    } else {
      fills.push({ field: patch.path, before: valueAt(before, patch.path), after: patch.value, cleared: patch.op === 'remove' });
    }
  }
  // The inverse patches hold the same paths: nothing more to learn from them, but they must agree.
  return inversePatches.length === patches.length ? fills : undefined;
}

/** The patch with every fill made in its value, where its value holds the filled field as it was. */
function carried(patch: Patch, index: FillIndex): Patch {
  if (patch.op === 'remove') return patch;
  const value: unknown = patch.value;
  const find = itemFinder();
  const targets = candidates(patch, index).flatMap((fill) => {
    const where = whereIn(patch.path, value, fill, find);
    return where !== undefined && JSON.stringify(valueAt(value, where)) === JSON.stringify(fill.before) ? [{ where, fill }] : [];
  });
  if (targets.length === 0) return patch;
  const filled = produce(value, (draft: unknown) => {
    for (const { where, fill } of targets) {
      const parent = valueAt(draft, where.slice(0, -1));
      const key = where.at(-1);
      if (!isRecord(parent) || key === undefined) continue;
      if (fill.cleared) delete parent[String(key)];
      else parent[String(key)] = fill.after;
    }
  });
  return { ...patch, value: filled };
}

/** Finds an item in a list by id, indexing each list once. */
function itemFinder(): (list: unknown, id: string | undefined) => number {
  const indexes = new Map<unknown[], Map<string, number>>();
  return (list, id) => {
    if (!Array.isArray(list) || id === undefined) return -1;
    let byId = indexes.get(list);
    if (!byId) {
      byId = new Map(list.flatMap((item: unknown, n): [string, number][] => (isRecord(item) && typeof item.id === 'string' ? [[item.id, n]] : [])));
      indexes.set(list, byId);
    }
    return byId.get(id) ?? -1;
  };
}

/** Where, inside a patch's value, the filled field is: undefined when the value does not hold it. */
function whereIn(at: Path, value: unknown, fill: Fill, find: ReturnType<typeof itemFinder>): Path | undefined {
  if (fill.list === undefined) {
    const inside = at.length < fill.field.length && at.every((key, n) => key === fill.field[n]);
    return inside ? fill.field.slice(at.length) : undefined;
  }
  if (at.length === 0) {
    const index = find(isRecord(value) ? value[fill.list] : undefined, fill.id);
    return index < 0 ? undefined : [fill.list, index, ...fill.field];
  }
  if (at[0] !== fill.list) return undefined;
  if (at.length === 1) {
    const index = find(value, fill.id);
    return index < 0 ? undefined : [index, ...fill.field];
  }
  return at.length === 2 && isRecord(value) && value.id === fill.id ? fill.field : undefined;
}

function valueAt(value: unknown, path: Path): unknown {
  let here = value;
  for (const key of path) {
    if (!isRecord(here) && !Array.isArray(here)) return undefined;
    here = (here as Record<string, unknown>)[String(key)];
  }
  return here;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
