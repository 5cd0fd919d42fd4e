import type { Draft } from 'immer';
import { uniqueId } from '../ids';
import { sameValue } from '../csv/same-value';
import type { Source } from '../schema/map';

// A key that cites the map's sources: sourceId (wages, labor, programs), highGrowthSourceId…, and sourceIds lists.
const ONE = /(^s|S)ourceId$/;
const MANY = /(^s|S)ourceIds$/;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The ids of the sources these copied objects (cards, moves, their requirement trees) cite, found by
 * walking them: whatever a card may cite travels with it, even a citation added after this was written.
 */
export function citedSourceIds(objects: readonly unknown[]): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!isRecord(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if (ONE.test(key) && typeof inner === 'string') found.add(inner);
      else if (MANY.test(key) && Array.isArray(inner)) inner.forEach((id) => typeof id === 'string' && found.add(id));
      else walk(inner);
    }
  };
  walk(objects);
  return found;
}

/** A copy of the value with every cited source id renamed by `rename` (the same value when nothing is). */
export function withSourceIds<T>(value: T, rename: ReadonlyMap<string, string>): T {
  if (rename.size === 0) return value;
  const walk = (inner: unknown): unknown => {
    if (Array.isArray(inner)) return inner.map(walk);
    if (!isRecord(inner)) return inner;
    return Object.fromEntries(
      Object.entries(inner).map(([key, field]) => {
        if (ONE.test(key) && typeof field === 'string') return [key, rename.get(field) ?? field];
        if (MANY.test(key) && Array.isArray(field)) return [key, field.map((id: unknown) => (typeof id === 'string' ? (rename.get(id) ?? id) : id))];
        return [key, walk(field)];
      }),
    );
  };
  return walk(value) as T;
}

/**
 * Adds to the map the copied sources it lacks, and says which copied ids to rename. A source the map
 * has under the same id (the same title, publisher…) is used as it is; one the map holds under another
 * id (pasted before) is used under that id; a different source with the same id is added under a fresh
 * id, as an id alone could name an unrelated source (like groups on paste).
 */
export function pasteSources(draft: Draft<{ sources: Source[] }>, copied: readonly Source[]): Map<string, string> {
  const rename = new Map<string, string>();
  const taken = new Set(draft.sources.map((source) => source.id));
  const same = (a: Source, b: Source) => sameValue({ ...a, id: '' }, { ...b, id: '' });
  for (const source of copied) {
    if (draft.sources.some((here) => here.id === source.id && same(here, source))) continue;
    const twin = draft.sources.find((here) => same(here, source));
    const id = twin?.id ?? uniqueId(source.id, taken);
    if (id !== source.id) rename.set(source.id, id);
    if (twin !== undefined) continue;
    taken.add(id);
    draft.sources.push({ ...source, id });
  }
  return rename;
}
