import { original, type Draft } from 'immer';
import type { PathwayMap } from '../schema/map';

/**
 * Makes the draft equal to `next` (a map computed whole: a CSV merge, a merge with another tab's
 * copy, a session rule), touching only what differs: a list of the same length has only its changed
 * items replaced, so the undo step holds what changed, not the whole map. Call it on a draft
 * nothing has changed yet: it compares with the draft's original.
 */
export function replaceMap(draft: Draft<PathwayMap>, next: PathwayMap): void {
  const base = (original(draft) ?? draft) as Record<string, unknown>;
  const target = draft as Record<string, unknown>;
  const wanted = next as Record<string, unknown>;
  for (const key of Object.keys(base)) if (!Object.hasOwn(wanted, key)) delete target[key];
  for (const [key, value] of Object.entries(wanted)) {
    const before = base[key];
    if (value === before) continue;
    if (Array.isArray(value) && Array.isArray(before) && value.length === before.length) {
      const list = target[key] as unknown[];
      value.forEach((item, index) => {
        if (item !== before[index]) list[index] = item;
      });
    } else {
      target[key] = value;
    }
  }
}
