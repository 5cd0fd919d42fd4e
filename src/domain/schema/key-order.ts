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

/** Reads the order from the schema itself, so the file layout can't drift from the schema. */
export function keyOrderOf(schema: z.ZodType): KeyOrder {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) return { kind: 'array', item: keyOrderOf(inner.element as z.ZodType) };
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    const keys = Object.keys(shape);
    return { kind: 'object', keys, fields: new Map(keys.map((key) => [key, keyOrderOf(shape[key] as z.ZodType)])) };
  }
  return ANY;
}
