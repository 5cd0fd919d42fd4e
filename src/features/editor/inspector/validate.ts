import { explainZodIssue } from '../../../domain/input/zod-messages';
import type { z } from '../../../domain/schema/zod';

/** The field labels of one object, for messages about a field other than the one being edited. */
export type FieldLabels = Readonly<Record<string, string>>;

export type Problem = { path: readonly PropertyKey[]; message: string };

/** Checks a value with the same schema piece the import uses, in the same plain English; [] when valid. */
export function problemsOf(schema: z.ZodType, value: unknown): Problem[] {
  const result = schema.safeParse(value, { error: explainZodIssue });
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

/** The problem to show under the field `key`: one about that field, else the first. */
export function problemFor(problems: readonly Problem[], key: string): Problem | undefined {
  return problems.find((problem) => problem.path[0] === key) ?? problems[0];
}

/** "Wage figure must be a number of dollars, …": the message under a field, naming the field it is about. */
export function sentence(problem: Problem, labels: FieldLabels, fallback: string): string {
  const key = problem.path[0];
  const subject = typeof key === 'string' ? (labels[key] ?? fallback) : fallback;
  return `${subject} ${problem.message}`;
}

/** True when the schema piece allows the field to be left out (an emptied input then clears it). */
export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** A copy without keys set to undefined, so cleared fields leave the object instead of lingering. */
export function withField<T extends object>(base: T, key: string, value: unknown): T {
  const next: Record<string, unknown> = { ...base, [key]: value };
  if (value === undefined) delete next[key];
  return next as T;
}
