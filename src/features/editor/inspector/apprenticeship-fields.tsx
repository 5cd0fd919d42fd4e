import { Apprenticeship, ApprenticeshipProgram } from '../../../domain/schema/apprenticeship';
import type { Apprenticeship as ApprenticeshipValue, ApprenticeshipProgram as ProgramValue, Source } from '../../../domain/schema/map';
import { applyNested, nestedField, type Emit, type Nested } from './binders';
import { toggleKey } from './field-keys';
import { CheckboxField, DraftField } from './fields';
import { ListEditor } from './list-editor';
import { SourcesChooser } from './sources-chooser';

const LABELS = { registered: 'Registered apprenticeship', preApprenticeship: 'Pre-apprenticeship', rapidsCode: 'RAPIDS code' };

const PROGRAM_LABELS = {
  name: 'Name',
  sponsor: 'Sponsor',
  url: 'URL',
  durationMonths: 'Duration (months)',
  startingWage: 'Starting wage (USD per hour)',
};

type Props = { apprenticeship: ApprenticeshipValue | undefined; sources: readonly Source[]; owner: string; emit: Emit };

/** Registered and pre-apprenticeship programs. Unticking everything, with no programs left, removes it. */
export function ApprenticeshipFields({ apprenticeship, sources, owner, emit }: Props) {
  const path = `${owner}:apprenticeship`;
  const spec: Nested<ApprenticeshipValue> = {
    name: 'Apprenticeship',
    schema: Apprenticeship,
    shape: Apprenticeship.shape,
    current: apprenticeship,
    base: { registered: false },
    isEmpty: (candidate) => !candidate.registered && Object.keys(candidate).every((key) => key === 'registered'),
    labels: LABELS,
    path,
    send: (value, field) => emit({ apprenticeship: value }, field),
  };
  const toggle = (key: 'registered' | 'preApprenticeship', checked: boolean) =>
    applyNested(spec, key, key === 'registered' ? checked : checked || undefined, toggleKey(owner, `apprenticeship.${key}`, checked));

  return (
    <>
      <CheckboxField label={LABELS.registered} checked={apprenticeship?.registered === true} onToggle={(on) => toggle('registered', on)} />
      <CheckboxField label={LABELS.preApprenticeship} checked={apprenticeship?.preApprenticeship === true} onToggle={(on) => toggle('preApprenticeship', on)} />
      <DraftField {...nestedField(spec, 'rapidsCode')} hint="The program's number in the RAPIDS registry, if registered." />
      <h4 className="inspector-subheading">Programs</h4>
      <ListEditor<ProgramValue>
        noun="apprenticeship program"
        items={apprenticeship?.programs}
        schema={ApprenticeshipProgram}
        shape={ApprenticeshipProgram.shape}
        labels={PROGRAM_LABELS}
        blank={() => ({})}
        fieldKey={`${path}.programs`}
        onItems={(programs, field) => applyNested(spec, 'programs', programs, field)}
        renderRow={({ field }) => (
          <>
            <DraftField {...field('name')} />
            <DraftField {...field('sponsor')} />
            <DraftField kind="url" {...field('url')} />
            <div className="inspector-columns">
              <DraftField kind="number" {...field('durationMonths')} />
              <DraftField kind="number" {...field('startingWage')} />
            </div>
          </>
        )}
      />
      {/* One list for the whole block: registration, RAPIDS code and programs (see apprenticeship.ts). */}
      <SourcesChooser
        label="Sources of the apprenticeship"
        sources={sources}
        value={apprenticeship?.sourceIds}
        onChange={(sourceIds, key) => applyNested(spec, 'sourceIds', sourceIds, `${path}.${key}`)}
      />
    </>
  );
}
