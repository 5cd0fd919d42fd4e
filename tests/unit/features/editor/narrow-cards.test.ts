import { describe, expect, it } from 'vitest';
import { MOST_LISTED, narrowCards } from '../../../../src/features/editor/inspector/narrow-cards';

const cards = [
  { id: 'a', title: 'Técnico de Enfermería' },
  { id: 'b', title: 'Registered Nurse (RN)' },
  { id: 'c', title: 'Nurse Practitioner' },
];

describe('narrowCards', () => {
  it('finds cards by every word of the query, in any order, ignoring case and accents', () => {
    expect(narrowCards(cards, 'nurse').listed.map((card) => card.id)).toEqual(['b', 'c']);
    expect(narrowCards(cards, 'RN registered').listed.map((card) => card.id)).toEqual(['b']);
    expect(narrowCards(cards, 'tecnico ENFERMERIA').listed.map((card) => card.id)).toEqual(['a']);
    expect(narrowCards(cards, '  ').listed).toHaveLength(3);
    expect(narrowCards(cards, 'plumber')).toEqual({ listed: [], matching: 0 });
  });

  it(`lists at most ${MOST_LISTED} in map order, counts them all`, () => {
    const many = Array.from({ length: 250 }, (_, index) => ({ id: `c${index}`, title: `Card ${index}` }));
    const { listed, matching } = narrowCards(many, 'card');
    expect(matching).toBe(250);
    expect(listed.map((card) => card.id)).toEqual(many.slice(0, MOST_LISTED).map((card) => card.id));
    expect(narrowCards(many, '24').listed.map((card) => card.id)).toEqual(['c24', 'c124', 'c224', 'c240', 'c241', 'c242', 'c243', 'c244', 'c245', 'c246', 'c247', 'c248', 'c249']);
  });
});
