import { useId, useMemo, useRef, useState } from 'react';
import type { Card } from '../../../domain/cards';
import type { PathwayMap, Transition } from '../../../domain/schema/map';
import type { MoveActions } from './move-actions';
import { moveTargets } from './move-targets';
import { Section } from './section';
import { titleOf } from './transition-form';
import { FindableSelect } from '../../../components/findable-select';

/** `noun`: what the card is, in the hints ("occupation", "credential"). */
type Props = { map: PathwayMap; card: Card; noun: string; actions: MoveActions };

/**
 * The moves out of and into one card (a job or a step card), and a way to add one without a mouse:
 * pick the other card (any kind) in "Add a move to" and press "Add move". (On the canvas, a move is
 * drawn by dragging.)
 */
export function MovesSection({ map, card, noun, actions }: Props) {
  const id = useId();
  const chooser = useRef<HTMLSelectElement>(null);
  const choices = useMemo(() => moveTargets(map, card.id), [map, card.id]);
  const out = map.transitions.filter((transition) => transition.from === card.id);
  const into = map.transitions.filter((transition) => transition.to === card.id);

  // Until the user picks, offer the first card this one does not lead to yet.
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const led = new Set(out.map((transition) => transition.to));
  const target = choices.some((choice) => choice.id === picked) ? picked : (choices.find((choice) => !led.has(choice.id)) ?? choices[0])?.id;

  const add = () => {
    if (target !== undefined && actions.add(card.id, target)) setPicked(undefined);
  };
  // The removed row's button goes away with it; keep the keyboard in this section.
  const remove = (transition: Transition) => {
    actions.remove(transition.id);
    chooser.current?.focus();
  };

  return (
    <Section title="Moves" summary={out.length + into.length > 0 ? `(${out.length + into.length})` : undefined}>
      <MoveList
        heading="Moves out"
        empty={`No moves out of this ${noun} yet.`}
        moves={out}
        preposition="to"
        map={map}
        actions={actions}
        onRemove={remove}
      />
      <MoveList
        heading="Moves in"
        empty={`No moves into this ${noun}.`}
        moves={into}
        preposition="from"
        map={map}
        actions={actions}
        onRemove={remove}
      />
      {choices.length === 0 ? (
        <p className="inspector-hint">Add another card to make a move to it.</p>
      ) : (
        <div className="inspector-moves__add">
          <div className="inspector-field">
            <FindableSelect
              id={`${id}-to`}
              label="Add a move to"
              findLabel="Find a card to move to"
              noun="card"
              choices={choices}
              value={target ?? ''}
              onChange={setPicked}
              selectRef={chooser}
            />
          </div>
          <button type="button" onClick={add}>
            Add move
          </button>
        </div>
      )}
    </Section>
  );
}

type ListProps = {
  heading: string;
  empty: string;
  moves: readonly Transition[];
  /** 'to': moves out, named by the card they lead to; 'from': moves in, named by where they start. */
  preposition: 'to' | 'from';
  map: PathwayMap;
  actions: MoveActions;
  onRemove: (transition: Transition) => void;
};

function MoveList({ heading, empty, moves, preposition, map, actions, onRemove }: ListProps) {
  const headingId = useId();
  return (
    <div className="inspector-moves">
      <h3 id={headingId} className="inspector-subheading">
        {heading}
      </h3>
      {moves.length === 0 ? (
        <p className="inspector-hint">{empty}</p>
      ) : (
        <ul aria-labelledby={headingId} className="inspector-moves__list">
          {moves.map((transition) => {
            const title = titleOf(map, preposition === 'to' ? transition.to : transition.from);
            const name = `move ${preposition} ${title}`;
            return (
              <li key={transition.id} className="inspector-moves__item">
                <span className="inspector-moves__title">
                  {preposition === 'to' ? 'To' : 'From'} {title}
                </span>
                <button type="button" aria-label={`Edit ${name}`} onClick={() => actions.select(transition.id)}>
                  Edit
                </button>
                <button type="button" aria-label={`Remove ${name}`} onClick={() => onRemove(transition)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
