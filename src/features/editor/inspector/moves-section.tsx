import { useId, useMemo, useRef, useState } from 'react';
import type { Occupation, PathwayMap, Transition } from '../../../domain/schema/map';
import type { MoveActions } from './move-actions';
import { Section } from './section';
import { titleOf } from './transition-form';
import { LONG_CARD_LIST, narrowCards } from './narrow-cards';
import { formatNumber } from '../../../domain/describe';

type Props = { map: PathwayMap; occupation: Occupation; actions: MoveActions };

/**
 * The moves out of and into one occupation, and a way to add one without a mouse: pick the other
 * card in "Add a move to" and press "Add move". (On the canvas, a move is drawn by dragging.)
 */
export function MovesSection({ map, occupation, actions }: Props) {
  const id = useId();
  const chooser = useRef<HTMLSelectElement>(null);
  const others = useMemo(() => map.occupations.filter((candidate) => candidate.id !== occupation.id), [map.occupations, occupation.id]);
  // A long list gets a "Find a card" box, and lists only what matches it (narrow-cards.ts).
  const [query, setQuery] = useState('');
  const long = others.length > LONG_CARD_LIST;
  const { listed, matching } = useMemo(() => (long ? narrowCards(others, query) : { listed: others, matching: others.length }), [long, others, query]);
  // Built once per list of cards, not on every keystroke elsewhere in the inspector.
  const options = useMemo(
    () =>
      listed.map((other) => (
        <option key={other.id} value={other.id}>
          {other.title}
        </option>
      )),
    [listed],
  );
  const out = map.transitions.filter((transition) => transition.from === occupation.id);
  const into = map.transitions.filter((transition) => transition.to === occupation.id);

  // Until the user picks, offer the first listed card this one does not lead to yet.
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const led = new Set(out.map((transition) => transition.to));
  const target = listed.some((other) => other.id === picked) ? picked : (listed.find((other) => !led.has(other.id)) ?? listed[0])?.id;

  const add = () => {
    if (target !== undefined && actions.add(occupation.id, target)) setPicked(undefined);
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
        empty="No moves out of this occupation yet."
        moves={out}
        preposition="to"
        map={map}
        actions={actions}
        onRemove={remove}
      />
      <MoveList
        heading="Moves in"
        empty="No moves into this occupation."
        moves={into}
        preposition="from"
        map={map}
        actions={actions}
        onRemove={remove}
      />
      {others.length === 0 ? (
        <p className="inspector-hint">Add another occupation to make a move to it.</p>
      ) : (
        <>
          {long && (
            <div className="inspector-field">
              <label htmlFor={`${id}-find`}>Find a card to move to</label>
              <input id={`${id}-find`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-describedby={`${id}-found`} />
              <p id={`${id}-found`} className="inspector-hint" role="status">
                {listedWords(listed.length, matching, query.trim() !== '')}
              </p>
            </div>
          )}
          <div className="inspector-moves__add">
            <div className="inspector-field">
              <label htmlFor={`${id}-to`}>Add a move to</label>
              <select id={`${id}-to`} ref={chooser} value={target ?? ''} onChange={(event) => setPicked(event.target.value)}>
                {options}
              </select>
            </div>
            <button type="button" onClick={add} disabled={target === undefined}>
              Add move
            </button>
          </div>
        </>
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

/** What "Find a card" lists: "Listing 100 of 2,341 matching cards; type more to narrow them." */
function listedWords(listed: number, matching: number, searched: boolean): string {
  if (matching === 0) return 'No card’s title has all of those words.';
  if (!searched) return `Listing the first ${formatNumber(listed)} of ${formatNumber(matching)} cards; type part of a title to find one.`;
  if (listed < matching) return `Listing ${formatNumber(listed)} of ${formatNumber(matching)} matching cards; type more to narrow them.`;
  return `Listing the ${formatNumber(matching)} matching ${matching === 1 ? 'card' : 'cards'}.`;
}
