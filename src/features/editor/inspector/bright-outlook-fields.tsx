import { BRIGHT_OUTLOOK_BASIS_LABELS, BRIGHT_OUTLOOK_OFF, toggledBasis } from '../../../domain/bright-outlook';
import { BRIGHT_OUTLOOK_BASES, type Occupation, type Source } from '../../../domain/schema/map';
import { Occupation as OccupationSchema } from '../../../domain/schema/occupation';
import { topField, type Emit } from './binders';
import { choicesOf } from './choices';
import { fieldKey, toggleKey } from './field-keys';
import { CheckboxField, SelectField } from './fields';

type Props = { occupation: Occupation; sources: readonly Source[]; owner: string; emit: Emit };

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * The Bright Outlook flag, why it is given (rapid growth, numerous openings, new and emerging: any of
 * them, none ticked means not stated) and its source. Turning the flag off takes its basis and source too.
 */
export function BrightOutlookFields({ occupation, sources, owner, emit }: Props) {
  const flagged = occupation.highGrowth === true;
  return (
    <>
      <CheckboxField
        label="Bright Outlook"
        checked={flagged}
        onToggle={(on) => emit(on ? { highGrowth: true } : { ...BRIGHT_OUTLOOK_OFF }, toggleKey(owner, 'highGrowth', on))}
      />
      {flagged && (
        <fieldset className="inspector-row">
          <legend>Bright Outlook basis</legend>
          {BRIGHT_OUTLOOK_BASES.map((basis) => (
            <CheckboxField
              key={basis}
              label={capitalised(BRIGHT_OUTLOOK_BASIS_LABELS[basis])}
              checked={occupation.highGrowthBasis?.includes(basis) === true}
              onToggle={(on) =>
                emit({ highGrowthBasis: toggledBasis(occupation.highGrowthBasis, basis, on) }, toggleKey(owner, `highGrowthBasis.${basis}`, on))
              }
            />
          ))}
          <SelectField
            {...topField(OccupationSchema.shape, occupation, 'highGrowthSourceId', 'Bright Outlook source', emit, fieldKey(owner, 'highGrowthSourceId'))}
            options={choicesOf(sources)}
            none="No source"
          />
        </fieldset>
      )}
    </>
  );
}
