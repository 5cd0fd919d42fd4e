import { CredentialStep, ExperienceStep, ProgramStep } from '../../../domain/schema/step';
import type { CredentialStep as Credential, ExperienceStep as Experience, ProgramStep as Program } from '../../../domain/schema/map';
import { topField, type Emit, type Shape } from './binders';
import { fieldKey } from './field-keys';
import { DraftField, SelectField } from './fields';
import { CREDENTIAL_TYPE_CHOICES, PROGRAM_FORMAT_CHOICES, PROGRAM_TYPE_CHOICES } from './step-kind-choices';

/** Binds one top-level field of a step, checked with its kind's schema piece; one undo step per typing burst. */
const binder =
  (shape: Shape, step: { id: string }, emit: Emit) =>
  (key: string, label: string) =>
    topField(shape, step, key, label, emit, fieldKey(`step:${step.id}`, key));

/** A credential's type, issuer, address, cost and Credential Registry id. */
export function CredentialFields({ step, emit }: { step: Credential; emit: Emit }) {
  const field = binder(CredentialStep.shape, step, emit);
  return (
    <>
      <SelectField {...field('credentialType', 'Credential type')} options={CREDENTIAL_TYPE_CHOICES} />
      <DraftField {...field('issuer', 'Issuer')} hint="Who awards it, e.g. a licensing board." />
      <DraftField kind="url" {...field('url', 'Web address')} />
      <DraftField kind="number" {...field('costUsd', 'Cost (US dollars)')} hint="Exam and fees. Leave empty when not known." />
      <DraftField {...field('ctid', 'CTID')} hint="Its id in the Credential Registry, if it has one." />
    </>
  );
}

/** A program's type, provider, address, length, cost, format and starting wage. */
export function ProgramFields({ step, emit }: { step: Program; emit: Emit }) {
  const field = binder(ProgramStep.shape, step, emit);
  return (
    <>
      <SelectField {...field('programType', 'Program type')} options={PROGRAM_TYPE_CHOICES} />
      <DraftField {...field('provider', 'Provider')} />
      <DraftField kind="url" {...field('url', 'Web address')} />
      <DraftField kind="number" {...field('lengthMonths', 'Length (months)')} hint="Leave empty when not known." />
      <DraftField kind="number" {...field('costUsd', 'Cost (US dollars)')} hint="Leave empty when not known." />
      <SelectField {...field('format', 'Format')} options={PROGRAM_FORMAT_CHOICES} none="Not set" />
      <DraftField kind="number" {...field('startingWage', 'Starting wage (dollars an hour)')} hint="For apprenticeships." />
    </>
  );
}

/** How long the experience is, in hours, months or both. */
export function ExperienceFields({ step, emit }: { step: Experience; emit: Emit }) {
  const field = binder(ExperienceStep.shape, step, emit);
  return (
    <>
      <DraftField kind="number" {...field('hours', 'Hours')} />
      <DraftField kind="number" {...field('months', 'Months')} />
    </>
  );
}
