import { explainZodIssue } from '../input/zod-messages';
import { Occupation } from '../schema/occupation';
import { textList } from '../schema/fields';
import { Transition } from '../schema/transition';
import { Wage, WAGE_UNITS } from '../schema/wage';
import type { z } from '../schema/zod';

/** The fields a room may suggest changing, and what kind of value each takes. */
export const SUGGESTION_FIELDS = {
  title: { on: 'occupation', label: 'title', value: 'text' },
  summary: { on: 'occupation', label: 'summary', value: 'text' },
  education: { on: 'occupation', label: 'typical entry education', value: 'education' },
  level: { on: 'occupation', label: 'level', value: 'level' },
  'wage.min': { on: 'occupation', label: 'low end of the wage range', value: 'dollars' },
  'wage.amount': { on: 'occupation', label: 'wage figure', value: 'dollars' },
  'wage.max': { on: 'occupation', label: 'high end of the wage range', value: 'dollars' },
  experience: { on: 'occupation', label: 'experience needed', value: 'text' },
  requirements: { on: 'transition', label: 'requirements', value: 'text-list' },
  typicalMonths: { on: 'transition', label: 'typical time', value: 'months' },
  costUsd: { on: 'transition', label: 'training cost', value: 'dollars' },
  kind: { on: 'transition', label: 'kind', value: 'move-kind' },
  notes: { on: 'transition', label: 'notes', value: 'text' },
} as const satisfies Record<string, { on: 'occupation' | 'transition'; label: string; value: string }>;

export type SuggestionField = keyof typeof SUGGESTION_FIELDS;
export type WageUnit = (typeof WAGE_UNITS)[number];

export function isSuggestionField(field: unknown): field is SuggestionField {
  return typeof field === 'string' && Object.hasOwn(SUGGESTION_FIELDS, field);
}

export function isWageField(field: SuggestionField): field is 'wage.min' | 'wage.amount' | 'wage.max' {
  return field.startsWith('wage.');
}

export function isWageUnit(unit: unknown): unit is WageUnit {
  return (WAGE_UNITS as readonly unknown[]).includes(unit);
}

// The schema piece a value for each field must pass: the same one the import checks it with.
const SCHEMAS: Readonly<Record<SuggestionField, z.ZodType>> = {
  title: Occupation.shape.title,
  summary: Occupation.shape.summary.unwrap(),
  education: Occupation.shape.education.unwrap(),
  level: Occupation.shape.level.unwrap(),
  'wage.min': Wage.shape.min.unwrap(),
  'wage.amount': Wage.shape.amount.unwrap(),
  'wage.max': Wage.shape.max.unwrap(),
  experience: Occupation.shape.experience.unwrap(),
  // Said as a list of texts; applying it sets the texts of the move's requirement group (apply-suggestion.ts).
  requirements: textList(),
  typicalMonths: Transition.shape.typicalMonths.unwrap(),
  costUsd: Transition.shape.costUsd.unwrap(),
  kind: Transition.shape.kind.unwrap(),
  notes: Transition.shape.notes.unwrap(),
};

/** Text is stored trimmed, and so is each item of a list; empty items are dropped. */
function tidy(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) {
    return value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '');
  }
  return value;
}

/** The value as it will be stored, or why it can't be: "The wage figure must be a number of dollars, not "abc"". */
export function checkFieldValue(field: SuggestionField, value: unknown): { ok: true; value: unknown } | { ok: false; reason: string } {
  const tidied = tidy(value);
  const result = SCHEMAS[field].safeParse(tidied, { error: explainZodIssue });
  if (result.success) return { ok: true, value: tidied };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (item ${Number(issue.path[0]) + 1})` : '';
  return { ok: false, reason: `The ${SUGGESTION_FIELDS[field].label}${where} ${issue?.message ?? 'is not valid'}.` };
}
