import { LaborMarket } from '../../../domain/schema/labor';
import type { LaborMarket as LaborValue, Source } from '../../../domain/schema/map';
import { periodText, readPeriod } from '../../../domain/period-text';
import { applyNested, nestedField, type Binding, type Emit, type Nested } from './binders';
import { choicesOf } from './choices';
import { toggleKey } from './field-keys';
import { CheckboxField, DraftField, SelectField } from './fields';

const LABELS = {
  annualOpenings: 'Annual openings',
  growthPct: 'Growth (%)',
  employment: 'Employment',
  femalePct: 'Women (% of workers)',
  minorityPct: 'Minority workers (% of workers)',
  year: 'Labor data year',
  period: 'Projection period',
  area: 'Labor data area',
  sourceId: 'Labor data source',
};

type Props = { labor: LaborValue | undefined; sources: readonly Source[]; owner: string; emit: Emit };

/** The projection period typed as "2020-2030" (or one year); what is not a period is refused with an example. */
function periodField(spec: Nested<LaborValue>): Binding {
  const current = spec.current?.period;
  return {
    label: LABELS.period,
    value: current ? periodText(current) : undefined,
    optional: true,
    apply: (value) => {
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) return applyNested(spec, 'period', undefined);
      const period = typeof value === 'string' ? readPeriod(value) : undefined;
      if (!period) return `${LABELS.period} must be two years like 2020-2030, or one year`;
      return applyNested(spec, 'period', period);
    },
  };
}

/** Openings, growth and who holds the jobs, for where and when; emptying every figure removes the labor data. */
export function LaborFields({ labor, sources, owner, emit }: Props) {
  const spec: Nested<LaborValue> = {
    name: 'Labor market data',
    schema: LaborMarket,
    shape: LaborMarket.shape,
    current: labor,
    base: {},
    isEmpty: (candidate) => Object.keys(candidate).length === 0,
    labels: LABELS,
    path: `${owner}:labor`,
    send: (value, field) => emit({ labor: value }, field),
  };
  return (
    <>
      <div className="inspector-columns">
        <DraftField kind="number" {...nestedField(spec, 'annualOpenings')} />
        <DraftField kind="number" {...nestedField(spec, 'employment')} />
        <DraftField kind="number" {...nestedField(spec, 'growthPct')} />
      </div>
      <div className="inspector-columns">
        <DraftField kind="number" {...nestedField(spec, 'femalePct')} hint="Representation, in the labor data year and area." />
        <DraftField kind="number" {...nestedField(spec, 'minorityPct')} hint="Representation, in the labor data year and area." />
      </div>
      <div className="inspector-columns">
        <DraftField kind="number" {...nestedField(spec, 'year')} hint="Of employment and the shares." />
        <DraftField {...periodField(spec)} hint="Of openings and growth, like 2020-2030." />
      </div>
      <DraftField {...nestedField(spec, 'area')} hint='Like "Massachusetts" or "United States".' />
      <CheckboxField
        label="Labor figures not verified"
        checked={labor?.notVerified === true}
        onToggle={(on) => applyNested(spec, 'notVerified', on || undefined, toggleKey(owner, 'labor.notVerified', on))}
      />
      <SelectField {...nestedField(spec, 'sourceId')} options={choicesOf(sources)} none="No source" />
    </>
  );
}
