import type { ProgramStep, Step } from '../../../domain/schema/map';
import { hoursText, PROGRAM_FORMAT_LABELS } from '../../../domain/steps/step-words';
import { startingPayText } from '../../../domain/pay-words';
import { monthsText, priceText } from '../../../domain/wage-words';
import type { Fact } from './fact-list';

/**
 * A program's starting wage with its yearly figure; for an apprenticeship with none on file, "Not on
 * file" (its pay is a question a student asks of every apprenticeship), for other training nothing.
 */
function startingWageFact(step: ProgramStep): string | undefined {
  if (step.startingWage !== undefined) return startingPayText([step.startingWage], { hours: true });
  return step.programType === 'training' ? undefined : 'Not on file';
}

/** A step's own facts by kind, as label and words; the fact list leaves out what is not known. */
export function stepFacts(step: Step): Fact[] {
  switch (step.kind) {
    case 'credential':
      return [
        ['Issued by', step.issuer?.trim()],
        ['Cost', step.costUsd !== undefined ? priceText(step.costUsd) : undefined],
        ['CTID', step.ctid?.trim()],
      ];
    case 'program':
      return [
        ['Provider', step.provider?.trim()],
        ['Length', step.lengthMonths !== undefined ? monthsText(step.lengthMonths) : undefined],
        ['Cost', step.costUsd !== undefined ? priceText(step.costUsd) : undefined],
        ['Format', step.format !== undefined ? PROGRAM_FORMAT_LABELS[step.format] : undefined],
        ['Starting wage', startingWageFact(step)],
      ];
    case 'experience':
      return [
        ['Hours', step.hours !== undefined ? hoursText(step.hours) : undefined],
        ['Months', step.months !== undefined ? monthsText(step.months) : undefined],
      ];
    case 'milestone':
      return [];
  }
}
