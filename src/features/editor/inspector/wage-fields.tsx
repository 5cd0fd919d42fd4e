import { useState } from 'react';
import type { Source, Wage as WageValue } from '../../../domain/schema/map';
import { Wage } from '../../../domain/schema/wage';
import { applyNested, nestedField, type Emit, type Nested } from './binders';
import { choicesOf, WAGE_STATISTIC_CHOICES, WAGE_UNIT_CHOICES } from './choices';
import { toggleKey } from './field-keys';
import { CheckboxField, DraftField, SelectField } from './fields';

const LABELS = {
  statistic: 'Wage statistic',
  min: 'Minimum wage',
  // The figure whatever its statistic (`wage.amount`; see wage-statistic.ts).
  amount: 'Wage figure',
  max: 'Maximum wage',
  unit: 'Wage unit',
  year: 'Wage year',
  area: 'Wage area',
  sourceId: 'Wage source',
};

type Props = { wage: WageValue | undefined; sources: readonly Source[]; owner: string; emit: Emit };

/**
 * The wage range and its figure, checked as a whole (min ≤ figure ≤ max) while any of its fields is
 * typed in, and which statistic the figure is ("Not stated" until the author says).
 */
export function WageFields({ wage, sources, owner, emit }: Props) {
  // Until an amount is entered there is no wage to hold the unit, so the choice waits here.
  const [unit, setUnit] = useState<WageValue['unit']>('year');
  const spec: Nested<WageValue> = {
    name: 'Wage',
    schema: Wage,
    shape: Wage.shape,
    current: wage,
    base: { unit },
    isEmpty: (candidate) => Object.keys(candidate).every((key) => key === 'unit'),
    labels: LABELS,
    path: `${owner}:wage`,
    send: (value, field) => emit({ wage: value }, field),
  };
  const unitField = nestedField(spec, 'unit');
  const pendingUnit = {
    ...unitField,
    value: unit,
    apply: (value: unknown) => {
      if (value === 'hour' || value === 'year') setUnit(value);
      return undefined;
    },
  };

  return (
    <>
      <p className="inspector-hint">US dollars. Leave a figure empty when no source gives it.</p>
      <div className="inspector-columns">
        <DraftField kind="number" {...nestedField(spec, 'min')} />
        <DraftField kind="number" {...nestedField(spec, 'amount')} />
        <DraftField kind="number" {...nestedField(spec, 'max')} />
      </div>
      <SelectField {...(wage ? unitField : pendingUnit)} options={WAGE_UNIT_CHOICES} />
      <SelectField
        {...nestedField(spec, 'statistic')}
        options={WAGE_STATISTIC_CHOICES}
        none="Not stated"
        hint="Which statistic the wage figure is, as its source says (BLS OEWS publishes means, medians and percentiles)."
      />
      <DraftField kind="number" {...nestedField(spec, 'year')} />
      <DraftField {...nestedField(spec, 'area')} hint='Whose figures these are, e.g. "Springfield, MA metro".' />
      {/* Only a wage can be unverified: with no figures there is nothing to mark. */}
      {wage && (
        <CheckboxField
          label="Wage not verified"
          checked={wage.notVerified === true}
          onToggle={(on) => applyNested(spec, 'notVerified', on || undefined, toggleKey(owner, 'wage.notVerified', on))}
        />
      )}
      <SelectField {...nestedField(spec, 'sourceId')} options={choicesOf(sources)} none="No source" />
      {wage && (
        <button type="button" onClick={() => emit({ wage: undefined }, `${owner}:wage:remove`)}>
          Remove wage
        </button>
      )}
    </>
  );
}
