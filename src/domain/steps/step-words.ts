import { formatNumber } from '../describe';
import { STEP_KINDS, type Step, type StepKind } from '../schema/step';
import { monthsText, priceText } from '../wage-words';

// Step cards in words: the one place their kinds and key figures are named, for the canvas, the
// inspector, the viewer's panel and outline. An unknown figure is left out, never shown as $0.

export const STEP_KIND_LABELS: Readonly<Record<StepKind, string>> = {
  credential: 'Credential',
  program: 'Program',
  experience: 'Experience',
  milestone: 'Milestone',
};

export const CREDENTIAL_TYPE_LABELS = {
  certificate: 'Certificate',
  certification: 'Certification',
  license: 'License',
  degree: 'Degree',
  badge: 'Badge',
} as const satisfies Record<Extract<Step, { kind: 'credential' }>['credentialType'], string>;

export const PROGRAM_TYPE_LABELS = {
  training: 'Training',
  'registered-apprenticeship': 'Registered apprenticeship',
  'pre-apprenticeship': 'Pre-apprenticeship',
} as const satisfies Record<Extract<Step, { kind: 'program' }>['programType'], string>;

export const PROGRAM_FORMAT_LABELS = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
} as const satisfies Record<NonNullable<Extract<Step, { kind: 'program' }>['format']>, string>;

/** "2,000 hours", "1 hour". */
export function hoursText(hours: number): string {
  return `${formatNumber(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** How long an experience step is: hours, months or both; undefined when neither is known. */
function experienceLength(step: Extract<Step, { kind: 'experience' }>): string | undefined {
  const parts = [
    step.hours !== undefined ? hoursText(step.hours) : undefined,
    step.months !== undefined ? monthsText(step.months) : undefined,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** The card's kind line: "Credential · License", "Program · Registered apprenticeship", "Experience · 2,000 hours", "Milestone". */
export function stepKindLine(step: Step): string {
  switch (step.kind) {
    case 'credential':
      return `Credential · ${CREDENTIAL_TYPE_LABELS[step.credentialType]}`;
    case 'program':
      return `Program · ${PROGRAM_TYPE_LABELS[step.programType]}`;
    case 'experience': {
      const length = experienceLength(step);
      return length === undefined ? 'Experience' : `Experience · ${length}`;
    }
    case 'milestone':
      return 'Milestone';
  }
}

/**
 * The card's key figures: a credential's cost; a program's length and cost. Only what is known:
 * an empty list when nothing is (an experience step's length is already on its kind line).
 */
export function stepKeyFigures(step: Step): string[] {
  switch (step.kind) {
    case 'credential':
      return step.costUsd !== undefined ? [`Costs ${priceText(step.costUsd)}`] : [];
    case 'program':
      return [
        step.lengthMonths !== undefined ? monthsText(step.lengthMonths) : undefined,
        step.costUsd !== undefined ? `Costs ${priceText(step.costUsd)}` : undefined,
      ].filter((part) => part !== undefined);
    case 'experience':
    case 'milestone':
      return [];
  }
}

/** The sub-type in lower case, for a card's name: "license", "registered apprenticeship". */
function subtypeWords(step: Step): string | undefined {
  if (step.kind === 'credential') return CREDENTIAL_TYPE_LABELS[step.credentialType].toLowerCase();
  if (step.kind === 'program') return PROGRAM_TYPE_LABELS[step.programType].toLowerCase();
  if (step.kind === 'experience') return experienceLength(step);
  return undefined;
}

/** The words a card's name puts around its title: "Credential: " and " (license)". */
export function stepNameParts(step: Step): { before: string; after: string } {
  const subtype = subtypeWords(step);
  return { before: `${STEP_KIND_LABELS[step.kind]}: `, after: subtype === undefined ? '' : ` (${subtype})` };
}

/** A card's accessible name: "Credential: NCLEX-RN (license)", "Milestone: First review". */
export function stepAccessibleName(step: Step): string {
  const { before, after } = stepNameParts(step);
  return `${before}${step.title}${after}`;
}

/** The kinds of step a map has, in the format's order (for the legend's key). */
export function stepKindsOf(steps: readonly Step[]): StepKind[] {
  return STEP_KINDS.filter((kind) => steps.some((step) => step.kind === kind));
}
