import { describe, expect, it } from 'vitest';
import { MOST_LISTED, narrowChoices } from '../../../src/components/narrow-choices';

const choices = [
  { id: 'a', label: 'Técnico de Enfermería' },
  { id: 'b', label: 'Registered Nurse (RN)' },
  { id: 'c', label: 'Nurse Practitioner' },
];
const ids = (listed: readonly { id: string }[]) => listed.map((choice) => choice.id);

describe('narrowChoices', () => {
  it('finds choices by every word of the query, in any order, ignoring case and accents', () => {
    expect(ids(narrowChoices(choices, 'nurse').listed)).toEqual(['b', 'c']);
    expect(ids(narrowChoices(choices, 'RN registered').listed)).toEqual(['b']);
    expect(ids(narrowChoices(choices, 'tecnico ENFERMERIA').listed)).toEqual(['a']);
    expect(narrowChoices(choices, '  ').listed).toHaveLength(3);
    expect(narrowChoices(choices, 'plumber')).toEqual({ listed: [], matching: 0 });
  });

  it(`lists at most ${MOST_LISTED} in order and counts them all`, () => {
    const many = Array.from({ length: 250 }, (_, index) => ({ id: `c${index}`, label: `Card ${index}` }));
    const { listed, matching } = narrowChoices(many, 'card');
    expect(matching).toBe(250);
    expect(ids(listed)).toEqual(ids(many.slice(0, MOST_LISTED)));
    expect(ids(narrowChoices(many, '24').listed)).toEqual(['c24', 'c124', 'c224', 'c240', 'c241', 'c242', 'c243', 'c244', 'c245', 'c246', 'c247', 'c248', 'c249']);
  });

  it('keeps the current pick listed first whatever the query, and only once', () => {
    const many = Array.from({ length: 250 }, (_, index) => ({ id: `c${index}`, label: `Card ${index}` }));
    expect(ids(narrowChoices(many, 'card', 'c240').listed).slice(0, 2)).toEqual(['c240', 'c0']);
    expect(ids(narrowChoices(many, 'plumber', 'c7').listed)).toEqual(['c7']);
    expect(narrowChoices(many, 'card', 'c5').listed).toHaveLength(MOST_LISTED);
    expect(narrowChoices(many, 'card', '').listed).toHaveLength(MOST_LISTED);
  });
});
