import type { ReactNode } from 'react';
import { hiringEventsOf } from '../../../domain/hiring-event-words';
import type { Occupation as OccupationValue, PathwayMap } from '../../../domain/schema/map';
import { Occupation } from '../../../domain/schema/occupation';
import { ApprenticeshipFields } from './apprenticeship-fields';
import { BrightOutlookFields } from './bright-outlook-fields';
import { topField, type Emit } from './binders';
import { choicesOf, DESIGNATION_CHOICES, EDUCATION_CHOICES } from './choices';
import { CredentialsList } from './credentials-list';
import { fieldKey, toggleKey } from './field-keys';
import { CheckboxField, DraftField, SelectField } from './fields';
import { LaborFields } from './labor-fields';
import { LinksList } from './links-list';
import { OccupationHiringEvents } from './occupation-hiring-events';
import { Section } from './section';
import { TrainingList } from './training-list';
import { WageFields } from './wage-fields';

/** `moves`: the section listing the occupation's moves, shown after the basics. */
type Props = { map: PathwayMap; occupation: OccupationValue; emit: Emit; moves?: ReactNode };

const countOf = (list: readonly unknown[] | undefined) => (list && list.length > 0 ? `(${list.length})` : undefined);

/** Every field of an occupation in the format, in its order, with the long lists in collapsible sections. */
export function OccupationForm({ map, occupation, emit, moves }: Props) {
  const owner = `occupation:${occupation.id}`;
  const top = (key: keyof OccupationValue & string, label: string) =>
    topField(Occupation.shape, occupation, key, label, emit, fieldKey(owner, key));

  return (
    <>
      <Section title="Basics">
        <DraftField {...top('title', 'Title')} />
        <DraftField {...top('socCode', 'SOC code')} hint="O*NET-SOC, like 29-1141 or 29-1141.01." />
        <SelectField {...top('groupId', 'Group')} options={choicesOf(map.groups)} none="No group" />
        <SelectField {...top('level', 'Level')} options={choicesOf(map.levels)} none="Not set" />
        <DraftField kind="textarea" {...top('summary', 'Summary')} />
        <SelectField {...top('education', 'Education')} options={EDUCATION_CHOICES} none="Not set" hint="Typical education to enter." />
        <CheckboxField
          label="Education not verified"
          checked={occupation.educationNotVerified === true}
          onToggle={(on) => emit({ educationNotVerified: on || undefined }, toggleKey(owner, 'educationNotVerified', on))}
        />
        <DraftField {...top('experience', 'Experience')} hint='e.g. "1–2 years in a production setting".' />
        <DraftField kind="lines" {...top('skills', 'Skills')} hint="One skill per line." />
        <SelectField {...top('designation', 'Designation')} options={DESIGNATION_CHOICES} none="None" />
        <BrightOutlookFields occupation={occupation} sources={map.sources} owner={owner} emit={emit} />
      </Section>
      {moves}
      <Section title="Wage">
        <WageFields wage={occupation.wage} sources={map.sources} owner={owner} emit={emit} />
      </Section>
      <Section title="Credentials" summary={countOf(occupation.credentials)}>
        <CredentialsList credentials={occupation.credentials} sources={map.sources} owner={owner} emit={emit} />
      </Section>
      <Section title="Apprenticeship">
        <ApprenticeshipFields apprenticeship={occupation.apprenticeship} sources={map.sources} owner={owner} emit={emit} />
      </Section>
      <Section title="Training" summary={countOf(occupation.training)}>
        <TrainingList training={occupation.training} sources={map.sources} owner={owner} emit={emit} />
      </Section>
      <Section title="Labor market">
        <LaborFields labor={occupation.labor} sources={map.sources} owner={owner} emit={emit} />
      </Section>
      <Section title="Hiring events" summary={countOf(hiringEventsOf(map, occupation.id))}>
        <OccupationHiringEvents map={map} occupation={occupation} />
      </Section>
      <Section title="Links" summary={countOf(occupation.links)}>
        <LinksList links={occupation.links} owner={owner} emit={emit} />
      </Section>
    </>
  );
}
