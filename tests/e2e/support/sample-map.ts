import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SAMPLE_ID = 'healthcare-pioneer-valley';
export const SAMPLE_TEXT = readFileSync(resolve('fixtures/healthcare-pioneer-valley.json'), 'utf8');

type SampleShape = {
  title: string;
  occupations: { id: string; title: string; wage?: Record<string, unknown> }[];
  steps: { id: string; title: string }[];
  transitions: unknown[];
};

/** A fresh, mutable copy of the sample map, for building test files from it. */
export function sampleMap(): SampleShape & Record<string, unknown> {
  return JSON.parse(SAMPLE_TEXT) as SampleShape & Record<string, unknown>;
}

export const SAMPLE_TITLES: readonly string[] = sampleMap().occupations.map((occupation) => occupation.title);

/** The sample's step cards (credentials and programs between its jobs, format v2). */
export const SAMPLE_STEP_TITLES: readonly string[] = sampleMap().steps.map((step) => step.title);

/** How many cards the sample draws: its occupations and its steps. */
export const SAMPLE_CARD_COUNT = SAMPLE_TITLES.length + SAMPLE_STEP_TITLES.length;
