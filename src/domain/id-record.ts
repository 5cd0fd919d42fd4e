/**
 * Ids are data, never keys of ordinary objects: a map, card or move may be called "__proto__",
 * "constructor" or "toString". An id-keyed record has no prototype, so reading a missing id gives
 * undefined (not Object.prototype members) and writing "__proto__" stores a value (not a prototype).
 * Spreading (`{ ...record, [id]: value }`) makes an ordinary object again: use these helpers instead.
 */
export type IdRecord<T> = Readonly<Record<string, T>>;

export function idRecord<T>(pairs: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [id, value] of pairs) record[id] = value;
  return record;
}

/** A copy of `record` with `id` set to `value`. */
export function withId<T>(record: IdRecord<T>, id: string, value: T): IdRecord<T> {
  const copy = idRecord(Object.entries(record));
  copy[id] = value;
  return copy;
}

/** A copy of `record` without `id`. */
export function withoutId<T>(record: IdRecord<T>, id: string): IdRecord<T> {
  return idRecord(Object.entries(record).filter(([other]) => other !== id));
}

/** The value stored under `id`, never an inherited member. */
export function getId<T>(record: IdRecord<T>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
