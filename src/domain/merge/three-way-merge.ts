import type { PathwayMap } from '../schema/map';

/** Where a conflict is: a field of the map itself, a whole record (one side removed it), or a record's field. */
export type ConflictPlace = { collection?: string; id?: string; field?: string };
/** A field both sides changed, differently: the user is asked which value to keep. */
export type MergeConflict = { path: string; mine: unknown; theirs: unknown } & ConflictPlace;
/** The user's answer for one conflict; undefined while not answered (then mine stays, and the conflict is returned). */
export type ResolveConflict = (conflict: MergeConflict) => 'mine' | 'theirs' | undefined;
export type MergeResult = { map: PathwayMap; conflicts: MergeConflict[] };

type Item = { id: string } & Record<string, unknown>;
const COLLECTIONS = ['occupations', 'transitions', 'groups', 'hiringEvents', 'feedback', 'sources'] as const;

/** Deep equality of JSON-like values, an absent key equal to an undefined one. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const pathOf = ({ collection, id, field }: ConflictPlace) =>
  [collection !== undefined && id !== undefined ? `${collection}[${id}]` : undefined, field].filter((part) => part !== undefined).join('.');

type Context = { conflicts: MergeConflict[]; resolve: ResolveConflict };

/** One value: whoever changed it wins; both changed it differently is a conflict, settled by the user's answer. */
function mergeValue(place: ConflictPlace, base: unknown, mine: unknown, theirs: unknown, context: Context): unknown {
  if (sameValue(mine, theirs)) return mine;
  if (sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs)) return mine;
  const conflict: MergeConflict = { path: pathOf(place), ...place, mine, theirs };
  const answer = context.resolve(conflict);
  if (answer === 'theirs') return theirs;
  if (answer === undefined) context.conflicts.push(conflict);
  return mine;
}

/** Field by field over the keys of one object (a card, a move, the map's own fields). */
function mergeFields(
  place: ConflictPlace,
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  skip: ReadonlySet<string>,
  context: Context,
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    if (skip.has(key)) continue;
    const value = mergeValue({ ...place, field: key }, base[key], mine[key], theirs[key], context);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function mergeCollection(collection: string, base: readonly Item[], mine: readonly Item[], theirs: readonly Item[], context: Context): Item[] {
  const byId = (items: readonly Item[]) => new Map(items.map((item) => [item.id, item]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const order = [...new Set([...mine.map((item) => item.id), ...theirs.map((item) => item.id)])];
  const merged: Item[] = [];
  for (const id of order) {
    const [was, my, their] = [b.get(id), m.get(id), t.get(id)];
    if (my === undefined || their === undefined) {
      // Added on one side, or removed on one side: a removal of something the other side edited is a conflict.
      const kept = mergeValue({ collection, id }, was, my, their, context) as Item | undefined;
      if (kept !== undefined) merged.push(kept);
      continue;
    }
    merged.push(mergeFields({ collection, id }, was ?? {}, my, their, new Set(), context) as Item);
  }
  return merged;
}

const unanswered: ResolveConflict = () => undefined;

/**
 * Three-way merge of two versions of a map that started from the same stored version (`base`):
 * cards, moves and other records by id, and each of their fields, take whichever side changed them.
 * Only a field both changed differently is a conflict: `resolve` gives the user's answer for it;
 * unanswered, mine is kept and the conflict is returned, so the caller asks. Nothing is dropped
 * unseen. Pure: the inputs are not changed.
 */
export function mergeMaps(base: PathwayMap, mine: PathwayMap, theirs: PathwayMap, resolve: ResolveConflict = unanswered): MergeResult {
  const context: Context = { conflicts: [], resolve };
  const skip = new Set<string>([...COLLECTIONS, 'updatedAt']);
  const fields = mergeFields({}, base as Record<string, unknown>, mine as Record<string, unknown>, theirs as Record<string, unknown>, skip, context);
  const collections = Object.fromEntries(
    COLLECTIONS.map((name) => [name, mergeCollection(name, base[name] as Item[], mine[name] as Item[], theirs[name] as Item[], context)]),
  );
  const updatedAt = [mine.updatedAt, theirs.updatedAt].filter((value): value is string => value !== undefined).sort().at(-1);
  const map = { ...fields, ...collections, ...(updatedAt !== undefined && { updatedAt }) } as PathwayMap;
  return { map, conflicts: context.conflicts };
}
