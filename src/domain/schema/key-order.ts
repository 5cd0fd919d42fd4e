import { z } from './zod';

/** The declared field order of an object schema and of everything inside it, for canonical output. */
export type KeyOrder =
  | { kind: 'object'; keys: readonly string[]; fields: ReadonlyMap<string, KeyOrder> }
  | { kind: 'array'; item: KeyOrder }
  | { kind: 'any' };

const ANY: KeyOrder = { kind: 'any' };

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads the order from the schema itself, so the file layout can't drift from the schema. A union's
 * options share one order (see mergeOrders); a recursive schema (a requirement group holds
 * requirements) refers back to the order being read.
 */
export function keyOrderOf(schema: z.ZodType, reading = new Map<z.ZodType, KeyOrder>()): KeyOrder {
  const inner = unwrap(schema);
  const known = reading.get(inner);
  if (known) return known;
  if (inner instanceof z.ZodArray) return { kind: 'array', item: keyOrderOf(inner.element as z.ZodType, reading) };
  if (inner instanceof z.ZodObject) {
    // Filled in place once read, so a field that leads back here (through a getter) finds it.
    const order: Mutable<Extract<KeyOrder, { kind: 'object' }>> = { kind: 'object', keys: [], fields: new Map() };
    reading.set(inner, order);
    const shape = inner.shape as Record<string, z.ZodType>;
    order.keys = Object.keys(shape);
    order.fields = new Map(order.keys.map((key) => [key, keyOrderOf(shape[key] as z.ZodType, reading)]));
    return order;
  }
  if (inner instanceof z.ZodUnion) {
    const order: Mutable<Extract<KeyOrder, { kind: 'object' }>> = { kind: 'object', keys: [], fields: new Map() };
    reading.set(inner, order);
    const options = (inner.options as z.ZodType[]).map((option) => keyOrderOf(option, reading));
    const objects = options.filter((option): option is Extract<KeyOrder, { kind: 'object' }> => option.kind === 'object');
    if (objects.length === 0) return ANY;
    Object.assign(order, mergeOrders(objects));
    return order;
  }
  return ANY;
}

/**
 * One order for a union's options that keeps each option's own order: a requirement item reads
 * `type, text, cardId, …` and a group `type, count, of`, the short fields before the long list.
 * Keys come as early as every option allows, ties by where they first appear.
 */
function mergeOrders(options: readonly Extract<KeyOrder, { kind: 'object' }>[]): { keys: string[]; fields: Map<string, KeyOrder> } {
  const firstSeen = new Map<string, number>();
  const after = new Map<string, Set<string>>();
  const fields = new Map<string, KeyOrder>();
  for (const option of options) {
    option.keys.forEach((key, index) => {
      if (!firstSeen.has(key)) firstSeen.set(key, firstSeen.size);
      if (!fields.has(key)) fields.set(key, option.fields.get(key) ?? ANY);
      const before = option.keys[index - 1];
      if (before !== undefined) (after.get(key) ?? after.set(key, new Set()).get(key)!).add(before);
    });
  }
  const keys: string[] = [];
  const placed = new Set<string>();
  const byFirstSeen = [...firstSeen.keys()];
  while (keys.length < byFirstSeen.length) {
    // The first key all of whose predecessors are placed (options that disagree: the first unplaced key).
    const next = byFirstSeen.find((key) => !placed.has(key) && [...(after.get(key) ?? [])].every((before) => placed.has(before))) ?? byFirstSeen.find((key) => !placed.has(key))!;
    keys.push(next);
    placed.add(next);
  }
  return { keys, fields };
}
