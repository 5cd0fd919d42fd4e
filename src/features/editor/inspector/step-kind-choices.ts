import { CREDENTIAL_TYPES, PROGRAM_FORMATS, PROGRAM_TYPES } from '../../../domain/schema/step';
import { CREDENTIAL_TYPE_LABELS, PROGRAM_FORMAT_LABELS, PROGRAM_TYPE_LABELS } from '../../../domain/steps/step-words';
import type { Choice } from './fields';

// The step kinds' closed lists as choices, in the schema's order and in the words the cards use.

const choices = <K extends string>(values: readonly K[], labels: Readonly<Record<K, string>>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

export const CREDENTIAL_TYPE_CHOICES = choices(CREDENTIAL_TYPES, CREDENTIAL_TYPE_LABELS);
export const PROGRAM_TYPE_CHOICES = choices(PROGRAM_TYPES, PROGRAM_TYPE_LABELS);
export const PROGRAM_FORMAT_CHOICES = choices(PROGRAM_FORMATS, PROGRAM_FORMAT_LABELS);
