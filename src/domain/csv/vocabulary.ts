import { CREDENTIAL_KINDS } from '../schema/credential';
import { CREDENTIAL_TYPES, PROGRAM_FORMATS, PROGRAM_TYPES } from '../schema/step';
import { CARD_KINDS } from './columns';
import { BRIGHT_OUTLOOK_BASES, DESIGNATIONS, EDUCATION_LEVELS, OCCUPATION_LEVELS } from '../schema/occupation';
import { TRANSITION_KINDS } from '../schema/transition';
import { WAGE_UNITS } from '../schema/wage';
import { WAGE_STATISTICS } from '../wage-statistic';

// The words a spreadsheet may use for the format's closed lists. Each value also accepts itself, so
// exports (which write the format's own values) always read back. Typed as complete records: a value
// added to the schema fails the build here until it has its words.

/** "Wage min", "wage_min", "WAGE-MIN" → "wagemin": how headers and words are compared. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type Vocabulary<V extends string> = ReadonlyMap<string, V>;

function vocabulary<V extends string>(values: readonly V[], words: Record<V, readonly string[]>): Vocabulary<V> {
  const byKey = new Map<string, V>();
  for (const value of values) for (const word of [value, ...words[value]]) byKey.set(normalizeKey(word), value);
  return byKey;
}

export const LEVEL_WORDS = vocabulary(OCCUPATION_LEVELS, {
  entry: ['Entry level'],
  middle: ['Middle level', 'Mid', 'Mid level'],
  advanced: ['Advanced level'],
});

/** BLS typical entry education: the category ids and the labels BLS tables print. */
export const EDUCATION_WORDS = vocabulary(EDUCATION_LEVELS, {
  none: ['No formal educational credential', 'No formal education credential'],
  'high-school': ['High school diploma or equivalent', 'High school diploma', 'GED'],
  'postsecondary-nondegree': ['Postsecondary nondegree award', 'Postsecondary non-degree award'],
  'some-college': ['Some college, no degree'],
  associate: ["Associate's degree", 'Associate degree'],
  bachelor: ["Bachelor's degree", 'Bachelor degree'],
  master: ["Master's degree", 'Master degree'],
  doctoral: ['Doctoral or professional degree', 'Doctoral degree', 'Doctorate'],
});

export const DESIGNATION_WORDS = vocabulary(DESIGNATIONS, { priority: [], critical: [] });

export const BRIGHT_OUTLOOK_BASIS_WORDS = vocabulary(BRIGHT_OUTLOOK_BASES, {
  'rapid-growth': ['growth', 'grows rapidly', 'high growth'],
  'numerous-openings': ['openings', 'many openings', 'numerous job openings'],
  'new-and-emerging': ['new', 'emerging', 'new & emerging'],
});

export const WAGE_UNIT_WORDS = vocabulary(WAGE_UNITS, {
  hour: ['hourly', 'per hour', 'an hour', 'hr'],
  year: ['yearly', 'annual', 'annually', 'per year', 'a year', 'yr'],
});

/** The statistic of a wage figure, as people and BLS tables write it ("Annual mean wage", "25th percentile"). */
export const WAGE_STATISTIC_WORDS = vocabulary(WAGE_STATISTICS, {
  mean: ['average', 'annual mean wage', 'hourly mean wage', 'mean wage'],
  median: ['annual median wage', 'hourly median wage', 'median wage', '50th percentile', 'p50'],
  p10: ['10th percentile', '10th', 'percentile 10'],
  p25: ['25th percentile', '25th', 'percentile 25'],
  p75: ['75th percentile', '75th', 'percentile 75'],
  p90: ['90th percentile', '90th', 'percentile 90'],
  'employer-range': ['employer range', 'employer-reported range', 'employer reported', 'employer'],
});

export const TRANSITION_KIND_WORDS = vocabulary(TRANSITION_KINDS, {
  advancement: ['advance'],
  lateral: ['lateral move'],
  entry: [],
});

export const CREDENTIAL_KIND_WORDS = vocabulary(CREDENTIAL_KINDS, {
  license: ['licence'],
  certification: [],
  certificate: [],
  degree: [],
});

export const BOOLEAN_WORDS: Vocabulary<'yes' | 'no'> = vocabulary(['yes', 'no'], {
  yes: ['y', 'true', '1'],
  no: ['n', 'false', '0'],
});

/** The kinds of card a row of the occupations sheet may be. */
export const CARD_KIND_WORDS = vocabulary(CARD_KINDS, {
  occupation: ['job'],
  credential: [],
  program: [],
  experience: [],
  milestone: [],
});

export const CREDENTIAL_TYPE_WORDS = vocabulary(CREDENTIAL_TYPES, {
  certificate: [],
  certification: [],
  license: ['licence'],
  degree: [],
  badge: ['digital badge'],
});

export const PROGRAM_TYPE_WORDS = vocabulary(PROGRAM_TYPES, {
  training: ['training program'],
  'registered-apprenticeship': ['registered apprenticeship', 'apprenticeship', 'RA'],
  'pre-apprenticeship': ['pre apprenticeship', 'preapprenticeship'],
});

export const PROGRAM_FORMAT_WORDS = vocabulary(PROGRAM_FORMATS, {
  'in-person': ['in person', 'on site', 'onsite'],
  online: ['remote', 'virtual'],
  hybrid: ['blended'],
});
