import type { z } from '../../../domain/schema/zod';
import type { Apply } from './use-draft';
import { isOptional, problemFor, problemsOf, sentence, withField, type FieldLabels } from './validate';

// Ties an input to one field of the map: check the value with that field's schema piece, then send
// it, or return the message to show. Nothing here knows about React.

export type Shape = Readonly<Record<string, z.ZodType>>;

/** Sends a patch of top-level fields, with its undo-grouping key. */
export type Emit = (patch: Record<string, unknown>, field: string) => void;

export type Binding = { label: string; value: unknown; apply: Apply; optional: boolean };

/** Equal for the purpose of "did anything change" (values here are plain JSON). */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** A top-level field of an occupation, a move or the map header. */
export function topField(shape: Shape, object: object, key: string, label: string, emit: Emit, fieldKey: string): Binding {
  const schema = shape[key];
  const stored = (object as Record<string, unknown>)[key];
  return {
    label,
    value: stored,
    optional: schema ? isOptional(schema) : true,
    apply: (value) => {
      const problem = schema ? problemsOf(schema, value)[0] : undefined;
      if (problem) return sentence(problem, {}, label);
      if (!same(value, stored)) emit({ [key]: value }, fieldKey);
      return undefined;
    },
  };
}

/** An object held in one field (a wage, labor figures, an apprenticeship): checked whole, sent whole. */
export type Nested<T extends object> = {
  /** What the object is called in a message about it as a whole ("Wage needs at least one of …"). */
  name: string;
  /** The whole object's schema, so rules across fields (min ≤ amount ≤ max) apply while typing. */
  schema: z.ZodType;
  shape: Shape;
  current: T | undefined;
  /** What a new object starts from when the field has none yet. */
  base: T;
  /** An object with nothing left in it is removed (sent as undefined) rather than kept empty. */
  isEmpty: (candidate: T) => boolean;
  labels: FieldLabels;
  /** Undo-grouping prefix of the object, e.g. "occupation:cna:wage". */
  path: string;
  /** Sends the new object (or undefined) with its undo-grouping key. */
  send: (value: T | undefined, field: string) => void;
};

/** Sets one field of a nested object and sends the result; returns the message when it is refused. */
export function applyNested<T extends object>(spec: Nested<T>, key: string, value: unknown, field = `${spec.path}.${key}`): string | undefined {
  const candidate = withField(spec.current ?? spec.base, key, value);
  if (spec.isEmpty(candidate)) {
    if (spec.current !== undefined) spec.send(undefined, field);
    return undefined;
  }
  const problem = problemFor(problemsOf(spec.schema, candidate), key);
  if (problem) return sentence(problem, spec.labels, problem.path.length === 0 ? spec.name : (spec.labels[key] ?? key));
  if (!same(candidate, spec.current)) spec.send(candidate, field);
  return undefined;
}

export function nestedField<T extends object>(spec: Nested<T>, key: string): Binding {
  const schema = spec.shape[key];
  return {
    label: spec.labels[key] ?? key,
    value: (spec.current as Record<string, unknown> | undefined)?.[key],
    optional: schema ? isOptional(schema) : true,
    apply: (value) => applyNested(spec, key, value),
  };
}
