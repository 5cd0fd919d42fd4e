import { useMemo, useState, type Ref } from 'react';
import { formatNumber, plural } from '../domain/describe';
import { LONG_LIST, MOST_LISTED, narrowChoices, type Choice } from './narrow-choices';
import './findable-select.css';

type Props = {
  /** The select's id (its label points at it); the find box takes `${id}-find`. */
  id: string;
  label: string;
  /** The find box's label, e.g. "Find a card to move to". */
  findLabel: string;
  choices: readonly Choice[];
  /** The id picked, '' for none. */
  value: string;
  onChange: (id: string) => void;
  /** What the choices are, for the count: "card" (plural "cards"). */
  noun: string;
  /** A first option meaning "none picked yet", e.g. "Choose an occupation". */
  placeholder?: string;
  selectRef?: Ref<HTMLSelectElement>;
};

/**
 * A native select for a list of any length. Over LONG_LIST choices a "Find" box comes first and the
 * select lists only the first matches (narrow-choices.ts), with a count of what matches; the pick is
 * always listed, so typing never changes it. Choices with a `group` are drawn in optgroups. Renders label, box and select as siblings, for the
 * caller's form layout.
 */
export function FindableSelect({ id, label, findLabel, choices, value, onChange, noun, placeholder, selectRef }: Props) {
  const [query, setQuery] = useState('');
  const long = choices.length > LONG_LIST;
  const { listed, matching } = useMemo(
    () => (long ? narrowChoices(choices, query, value) : { listed: choices, matching: choices.length }),
    [long, choices, query, value],
  );
  // Built once per list, not on every keystroke elsewhere in the form.
  const options = useMemo(() => {
    const option = (choice: Choice) => (
      <option key={choice.id} value={choice.id}>
        {choice.label}
      </option>
    );
    if (!listed.some((choice) => choice.group !== undefined)) return listed.map(option);
    // Sections in the order they first appear (the kept pick's first), each choice in its own.
    const sections = new Map<string, Choice[]>();
    for (const choice of listed) {
      const group = choice.group ?? '';
      sections.set(group, [...(sections.get(group) ?? []), choice]);
    }
    return [...sections].map(([group, members]) => (
      <optgroup key={group} label={group}>
        {members.map(option)}
      </optgroup>
    ));
  }, [listed]);
  return (
    <>
      {long && (
        <>
          <label htmlFor={`${id}-find`}>{findLabel}</label>
          <input id={`${id}-find`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-describedby={`${id}-found`} autoComplete="off" />
          <p id={`${id}-found`} className="findable-select__count" role="status">
            {countWords(matching, query.trim() !== '', noun)}
          </p>
        </>
      )}
      <label htmlFor={id}>{label}</label>
      <select id={id} ref={selectRef} value={value} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options}
      </select>
    </>
  );
}

/** What the find box lists: "Listing 100 of 2,341 matching cards; type more to narrow them." */
function countWords(matching: number, searched: boolean, noun: string): string {
  if (matching === 0) return `No ${noun} has all of those words.`;
  if (matching <= MOST_LISTED) return `Listing the ${plural(matching, searched ? `matching ${noun}` : noun)}.`;
  if (!searched) return `Listing the first ${formatNumber(MOST_LISTED)} of ${plural(matching, noun)}; type to find one.`;
  return `Listing ${formatNumber(MOST_LISTED)} of ${formatNumber(matching)} matching ${noun}s; type more to narrow them.`;
}
