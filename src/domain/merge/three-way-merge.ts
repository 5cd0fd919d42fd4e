import type { PathwayMap } from '../schema/map';

/** A field both sides changed, differently: mine is kept, theirs is shown to the user. */
export type MergeConflict = { path: string; mine: unknown; theirs: unknown };
export type MergeResult = { map: PathwayMap; conflicts: MergeConflict[] };

type Item = { id: string } & Record<string, unknown>;
const COLLECTIONS = ['occupations', 'transitions', 'groups', 'hiringEvents', 'feedback', 'sources'] as const;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** One value: whoever changed it wins; both changed it differently is a conflict (mine kept). */
function mergeValue(path: string, base: unknown, mine: unknown, theirs: unknown, conflicts: MergeConflict[]): unknown {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  conflicts.push({ path, mine, theirs });
  return mine;
}

/** Field by field over the keys of one object (a card, a move, the map's own fields). */
function mergeFields(
  path: string,
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  skip: ReadonlySet<string>,
  conflicts: MergeConflict[],
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    if (skip.has(key)) continue;
    const value = mergeValue(`${path}${key}`, base[key], mine[key], theirs[key], conflicts);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function mergeCollection(name: string, base: readonly Item[], mine: readonly Item[], theirs: readonly Item[], conflicts: MergeConflict[]): Item[] {
  const byId = (items: readonly Item[]) => new Map(items.map((item) => [item.id, item]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const order = [...new Set([...mine.map((item) => item.id), ...theirs.map((item) => item.id)])];
  const merged: Item[] = [];
  for (const id of order) {
    const [was, my, their] = [b.get(id), m.get(id), t.get(id)];
    const path = `${name}[${id}]`;
    if (my === undefined || their === undefined) {
      // Added on one side, or removed on one side: a removal of something the other side edited is a conflict.
      const kept = mergeValue(path, was, my, their, conflicts) as Item | undefined;
      if (kept !== undefined) merged.push(kept);
      continue;
    }
    merged.push(mergeFields(`${path}.`, was ?? {}, my, their, new Set(), conflicts) as Item);
  }
  return merged;
}

/**
 * Three-way merge of two versions of a map that started from the same stored version (`base`):
 * cards, moves and other records by id, and each of their fields, take whichever side changed them.
 * Only a field both changed differently is a conflict: mine is kept and the conflict is returned,
 * so the user sees both values; nothing is dropped unseen. Pure: the inputs are not changed.
 */
export function mergeMaps(base: PathwayMap, mine: PathwayMap, theirs: PathwayMap): MergeResult {
  const conflicts: MergeConflict[] = [];
  const skip = new Set<string>([...COLLECTIONS, 'updatedAt']);
  const fields = mergeFields('', base as Record<string, unknown>, mine as Record<string, unknown>, theirs as Record<string, unknown>, skip, conflicts);
  const collections = Object.fromEntries(
    COLLECTIONS.map((name) => [name, mergeCollection(name, base[name] as Item[], mine[name] as Item[], theirs[name] as Item[], conflicts)]),
  );
  const updatedAt = [mine.updatedAt, theirs.updatedAt].filter((value): value is string => value !== undefined).sort().at(-1);
  const map = { ...fields, ...collections, ...(updatedAt !== undefined && { updatedAt }) } as PathwayMap;
  return { map, conflicts };
}
