import { CREDENTIAL_KINDS } from '../../../domain/schema/credential';
import { DESIGNATIONS, EDUCATION_LEVELS, OCCUPATION_LEVELS } from '../../../domain/schema/occupation';
import { TRANSITION_KINDS } from '../../../domain/schema/transition';
import { WAGE_UNITS } from '../../../domain/schema/wage';
import { WAGE_STATISTICS } from '../../../domain/wage-statistic';
import { CREDENTIAL_KIND_LABELS, EDUCATION_LABELS, LEVEL_LABELS } from '../../../domain/labels';
import type { Choice } from './fields';

// Readable labels for the format's closed lists, in the schema's order. Typed as complete records, so
// a value added to the schema fails the build here until it has a label. Levels, education and
// credential kinds use the words the cards and the viewer use.

const choices = <K extends string>(values: readonly K[], labels: Readonly<Record<K, string>>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

export const LEVEL_CHOICES = choices(OCCUPATION_LEVELS, LEVEL_LABELS);

export const EDUCATION_CHOICES = choices(EDUCATION_LEVELS, EDUCATION_LABELS);

export const DESIGNATION_CHOICES = choices(DESIGNATIONS, { priority: 'Priority', critical: 'Critical' });

export const CREDENTIAL_KIND_CHOICES = choices(CREDENTIAL_KINDS, CREDENTIAL_KIND_LABELS);

export const TRANSITION_KIND_CHOICES = choices(TRANSITION_KINDS, {
  advancement: 'Advancement (up the ladder)',
  lateral: 'Lateral move (across)',
  entry: 'Entry (a way in)',
});

export const WAGE_UNIT_CHOICES = choices(WAGE_UNITS, { hour: 'Per hour', year: 'Per year' });

export const WAGE_STATISTIC_CHOICES = choices(WAGE_STATISTICS, {
  mean: 'Mean',
  median: 'Median',
  p10: '10th percentile',
  p25: '25th percentile',
  p75: '75th percentile',
  p90: '90th percentile',
  'employer-range': 'Employer-reported range (min and max)',
});

/** The map's groups or sources as choices, by label. */
export const choicesOf = (items: ReadonlyArray<{ id: string; label: string }>): Choice[] =>
  items.map((item) => ({ value: item.id, label: item.label }));
