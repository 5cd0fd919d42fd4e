import { useMemo, type ReactNode } from 'react';
import type { PathwayMap, Step } from '../../../domain/schema/map';
import { isGroup, type Requirement, type RequirementGroup } from '../../../domain/schema/requirement';
import { MilestoneStep } from '../../../domain/schema/step';
import { topField, type Emit } from './binders';
import { choicesOf } from './choices';
import { fieldKey } from './field-keys';
import { DraftField, SelectField } from './fields';
import { LinksList } from './links-list';
import { cardChoices } from './requirement-builder/card-choices';
import { RequirementBuilder } from './requirement-builder/requirement-builder';
import { Section } from './section';
import { SourcesChooser } from './sources-chooser';
import { CredentialFields, ExperienceFields, ProgramFields } from './step-kind-fields';

/** `moves`: the section listing the card's moves, shown after the basics (as on an occupation). */
type Props = { map: PathwayMap; step: Step; emit: Emit; moves?: ReactNode };

/** A way in written as one requirement is shown (and, once edited, saved) as "all of" that one: the same meaning. */
const asGroup = (requirement: Requirement | undefined): RequirementGroup | undefined =>
  requirement === undefined || isGroup(requirement) ? requirement : { type: 'all', of: [requirement] };

const countOf = (list: readonly unknown[] | undefined) => (list && list.length > 0 ? `(${list.length})` : undefined);

/** The fields of its kind: a credential's issuer and cost, a program's length, experience's hours. */
function KindFields({ step, emit }: { step: Step; emit: Emit }) {
  switch (step.kind) {
    case 'credential':
      return <CredentialFields step={step} emit={emit} />;
    case 'program':
      return <ProgramFields step={step} emit={emit} />;
    case 'experience':
      return <ExperienceFields step={step} emit={emit} />;
    case 'milestone':
      // A milestone has only what every step has.
      return null;
  }
}

/** Every field of a step card: what all steps share, then its kind's own, its way in (built like a move's requirements) and its links. */
export function StepForm({ map, step, emit, moves }: Props) {
  const owner = `step:${step.id}`;
  // The fields every kind shares have the same schema piece in each kind; the milestone's has only those.
  const top = (key: string, label: string) => topField(MilestoneStep.shape, step, key, label, emit, fieldKey(owner, key));
  const cards = useMemo(() => cardChoices(map, step.id), [map, step.id]);
  return (
    <>
      <Section title="Basics">
        <DraftField {...top('title', 'Title')} />
        <SelectField {...top('groupId', 'Group')} options={choicesOf(map.groups)} none="No group" />
        <SelectField {...top('level', 'Level')} options={choicesOf(map.levels)} none="Not set" />
        <DraftField kind="textarea" {...top('summary', 'Summary')} />
      </Section>
      {moves}
      {step.kind !== 'milestone' && (
        <Section title="Details">
          <KindFields step={step} emit={emit} />
        </Section>
      )}
      <Section title="To get in">
        {/* Each edit is one undo step, keyed as the move form keys its requirements (see field-keys.ts). */}
        <RequirementBuilder
          label="Requirements to get in"
          value={asGroup(step.toGetIn)}
          cards={cards}
          sources={map.sources}
          onChange={(toGetIn, field) => emit({ toGetIn }, fieldKey(owner, `toGetIn.${field}`))}
        />
      </Section>
      <Section title="Sources" summary={countOf(step.sourceIds)}>
        <SourcesChooser
          label={`Sources of ${step.title}`}
          sources={map.sources}
          value={step.sourceIds}
          onChange={(sourceIds, field) => emit({ sourceIds }, fieldKey(owner, field))}
        />
      </Section>
      <Section title="Links" summary={countOf(step.links)}>
        <LinksList links={step.links} owner={owner} emit={emit} />
      </Section>
    </>
  );
}
