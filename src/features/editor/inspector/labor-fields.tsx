import { LaborMarket } from '../../../domain/schema/labor';
import type { LaborMarket as LaborValue, Source } from '../../../domain/schema/map';
import { nestedField, type Emit, type Nested } from './binders';
import { choicesOf } from './choices';
import { DraftField, SelectField } from './fields';

const LABELS = {
  annualOpenings: 'Annual openings',
  growthPct: 'Growth (%)',
  employment: 'Employment',
  femalePct: 'Female share (%)',
  minorityPct: 'Minority share (%)',
  year: 'Labor data year',
  sourceId: 'Labor data source',
};

type Props = { labor: LaborValue | undefined; sources: readonly Source[]; owner: string; emit: Emit };

/** Openings, growth and who holds the jobs; emptying every figure removes the labor data. */
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
        <DraftField kind="number" {...nestedField(spec, 'femalePct')} />
        <DraftField kind="number" {...nestedField(spec, 'minorityPct')} />
      </div>
      <DraftField kind="number" {...nestedField(spec, 'year')} />
      <SelectField {...nestedField(spec, 'sourceId')} options={choicesOf(sources)} none="No source" />
    </>
  );
}
