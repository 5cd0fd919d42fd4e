import { setItemFields, type TreePath } from '../../../../domain/requirements/edit';
import { REQUIREMENT_TYPES, RequirementItem, type RequirementType } from '../../../../domain/schema/requirement';
import type { Shape } from '../binders';
import { problemsOf, sentence } from '../validate';
import { EDUCATION_CHOICES } from '../choices';
import { DraftField, SelectField, type Choice } from '../fields';
import { SourcesChooser } from '../sources-chooser';
import type { BuilderApi } from './builder-api';
import { placeKey, placeName } from './names';

const TYPE_LABELS: Readonly<Record<RequirementType, string>> = {
  credential: 'Credential',
  program: 'Course or program',
  exam: 'Exam',
  license: 'License',
  experience: 'Experience',
  education: 'Education level',
  other: 'Other',
};

export const TYPE_CHOICES: readonly Choice[] = REQUIREMENT_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }));

type Props = { item: RequirementItem; path: TreePath; api: BuilderApi };

/** One requirement's fields; each control's label names the requirement ("Text of requirement 2"). */
export function ItemEditor({ item, path, api }: Props) {
  const name = placeName(path);
  /** Binds one field: checked with the format's own schema piece, then set in the tree. */
  const bind = (key: keyof RequirementItem & string, label: string) => ({
    label: `${label} ${name}`,
    value: item[key],
    apply: (value: unknown) => {
      const schema = (RequirementItem.shape as Shape)[key];
      const problem = schema ? problemsOf(schema, value)[0] : undefined;
      if (problem) return sentence(problem, {}, `${label} ${name}`);
      if (value !== item[key]) api.edit((draft) => setItemFields(draft, path, { [key]: value }), `${placeKey(path)}.${key}`);
      return undefined;
    },
  });
  const timed = item.type === 'experience' || item.type === 'program';
  return (
    <>
      <SelectField {...bind('type', 'Type of')} options={TYPE_CHOICES} />
      <DraftField {...bind('text', 'Text of')} />
      <SelectField {...bind('cardId', 'Card on the map for')} options={api.cardChoices} none="None" />
      {timed && (
        <div className="inspector-columns">
          <DraftField kind="number" {...bind('months', 'Months of')} />
          <DraftField kind="number" {...bind('hours', 'Hours of')} />
        </div>
      )}
      {item.type === 'education' && <SelectField {...bind('education', 'Education level for')} options={EDUCATION_CHOICES} none="Not set" />}
      {/* Offered once the map has sources: an empty chooser under every requirement would only be noise. */}
      {api.sources.length > 0 && (
        <SourcesChooser
          label={`Sources of ${name}`}
          sources={api.sources}
          value={item.sourceIds}
          onChange={(sourceIds, field) => api.edit((draft) => setItemFields(draft, path, { sourceIds }), `${placeKey(path)}.${field}`)}
        />
      )}
    </>
  );
}
