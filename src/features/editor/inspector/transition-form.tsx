import { useMemo } from 'react';
import type { PathwayMap, Transition as TransitionValue } from '../../../domain/schema/map';
import { Transition } from '../../../domain/schema/transition';
import { topField, type Emit } from './binders';
import { TRANSITION_KIND_CHOICES } from './choices';
import { fieldKey, toggleKey } from './field-keys';
import { CheckboxField, DraftField, SelectField } from './fields';
import { cardChoices } from './requirement-builder/card-choices';
import { RequirementBuilder } from './requirement-builder/requirement-builder';
import { cardsOf } from '../../../domain/cards';
import { SourcesChooser } from './sources-chooser';

type Props = { map: PathwayMap; transition: TransitionValue; emit: Emit };

/** The title of an occupation by id, or the id itself when it is missing. */
export function titleOf(map: PathwayMap, id: string): string {
  // A move joins any two cards: an occupation or a step.
  return cardsOf(map).find((card) => card.id === id)?.title ?? id;
}

/** A move between two occupations; its ends are changed on the canvas, not here. */
export function TransitionForm({ map, transition, emit }: Props) {
  const owner = `transition:${transition.id}`;
  const top = (key: keyof TransitionValue & string, label: string) =>
    topField(Transition.shape, transition, key, label, emit, fieldKey(owner, key));

  const cards = useMemo(() => cardChoices(map), [map]);

  return (
    <>
      <dl className="inspector-ends">
        <dt>From</dt>
        <dd>{titleOf(map, transition.from)}</dd>
        <dt>To</dt>
        <dd>{titleOf(map, transition.to)}</dd>
      </dl>
      <SelectField {...top('kind', 'Kind')} options={TRANSITION_KIND_CHOICES} none="Not set" />
      <RequirementBuilder
        label="Requirements"
        value={transition.requirements}
        cards={cards}
        sources={map.sources}
        onChange={(requirements, field) => emit({ requirements }, fieldKey(owner, `requirements.${field}`))}
      />
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
      <SourcesChooser
        label="Sources of this move"
        sources={map.sources}
        value={transition.sourceIds}
        onChange={(sourceIds, field) => emit({ sourceIds }, fieldKey(owner, field))}
      />
    </>
  );
}
