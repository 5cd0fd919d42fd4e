import type { PathwayMap, Transition as TransitionValue } from '../../../domain/schema/map';
import { Transition } from '../../../domain/schema/transition';
import { topTexts, withTopTexts } from '../../../domain/requirements/text-items';
import { same, topField, type Binding, type Emit } from './binders';
import { TRANSITION_KIND_CHOICES } from './choices';
import { fieldKey, toggleKey } from './field-keys';
import { CheckboxField, DraftField, SelectField } from './fields';
import { cardsOf } from '../../../domain/cards';

type Props = { map: PathwayMap; transition: TransitionValue; emit: Emit };

/** The title of an occupation by id, or the id itself when it is missing. */
export function titleOf(map: PathwayMap, id: string): string {
  // A move joins any two cards: an occupation or a step.
  return cardsOf(map).find((card) => card.id === id)?.title ?? id;
}

/**
 * The requirements as lines: the text items of the move's "all of" group (cards and groups inside
 * it are kept as they are; the requirement builder edits those).
 */
function requirementLines(transition: TransitionValue, emit: Emit, key: string): Binding {
  return {
    label: 'Requirements',
    value: topTexts(transition.requirements),
    optional: true,
    apply: (value) => {
      const next = withTopTexts(transition.requirements, Array.isArray(value) ? value.map(String) : []);
      if (!same(next, transition.requirements)) emit({ requirements: next }, key);
      return undefined;
    },
  };
}

/** A move between two occupations; its ends are changed on the canvas, not here. */
export function TransitionForm({ map, transition, emit }: Props) {
  const owner = `transition:${transition.id}`;
  const top = (key: keyof TransitionValue & string, label: string) =>
    topField(Transition.shape, transition, key, label, emit, fieldKey(owner, key));

  return (
    <>
      <dl className="inspector-ends">
        <dt>From</dt>
        <dd>{titleOf(map, transition.from)}</dd>
        <dt>To</dt>
        <dd>{titleOf(map, transition.to)}</dd>
      </dl>
      <SelectField {...top('kind', 'Kind')} options={TRANSITION_KIND_CHOICES} none="Not set" />
      <DraftField kind="lines" {...requirementLines(transition, emit, fieldKey(owner, 'requirements'))} hint='One per line, e.g. "LPN license".' />
      <div className="inspector-columns">
        <DraftField kind="number" {...top('typicalMonths', 'Typical months')} />
        <DraftField kind="number" {...top('costUsd', 'Cost (USD)')} />
      </div>
      <CheckboxField
        label="Via apprenticeship"
        checked={transition.viaApprenticeship === true}
        onToggle={(on) => emit({ viaApprenticeship: on || undefined }, toggleKey(owner, 'viaApprenticeship', on))}
      />
      <DraftField kind="textarea" {...top('notes', 'Notes')} />
    </>
  );
}
