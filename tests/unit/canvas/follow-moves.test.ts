import { describe, expect, it } from 'vitest';
import { connectedCards, describeStep, followMove, isFollowKey, type FollowStep } from '../../../src/features/canvas/follow-moves';

// cert → cna; cna → lpn, cna → ma; ma → lpn; lpn → rn. Placed so that lpn is above ma.
const places = new Map([
  ['cert', { x: 0, y: 100 }],
  ['cna', { x: 200, y: 100 }],
  ['lpn', { x: 400, y: 0 }],
  ['ma', { x: 400, y: 200 }],
  ['rn', { x: 600, y: 0 }],
]);
const cards = connectedCards(
  [
    { from: 'cna', to: 'ma' },
    { from: 'cna', to: 'lpn' },
    { from: 'ma', to: 'lpn' },
    { from: 'lpn', to: 'rn' },
    { from: 'cert', to: 'cna' },
  ],
  places,
);
const TITLES: Record<string, string> = { cert: 'CNA certificate', cna: 'Nursing Assistant (CNA)', lpn: 'Licensed Practical Nurse (LPN)', ma: 'Medical Assistant', rn: 'Registered Nurse (RN)' };
const title = (id: string) => TITLES[id] ?? id;
const target = (step: FollowStep) => (step.kind === 'card' ? step.id : undefined);

describe('connectedCards', () => {
  it('lists moves out and in top to bottom, then left to right, without repeats or moves to itself', () => {
    const twice = connectedCards(
      [
        { from: 'a', to: 'c' },
        { from: 'a', to: 'b' },
        { from: 'a', to: 'b' },
        { from: 'a', to: 'a' },
      ],
      new Map([
        ['b', { x: 0, y: 10 }],
        ['c', { x: 0, y: 50 }],
      ]),
    );
    expect(twice.out.get('a')).toEqual(['b', 'c']);
    expect(twice.in.get('a')).toBeUndefined();
    expect(cards.out.get('cna')).toEqual(['lpn', 'ma']);
    expect(cards.in.get('lpn')).toEqual(['cna', 'ma']);
  });

  it('puts cards with no known place after those placed, in the moves’ order', () => {
    const some = connectedCards(
      [
        { from: 'a', to: 'x' },
        { from: 'a', to: 'y' },
        { from: 'a', to: 'b' },
      ],
      new Map([['b', { x: 0, y: 0 }]]),
    );
    expect(some.out.get('a')).toEqual(['b', 'x', 'y']);
  });
});

describe('followMove', () => {
  it('goes right to the first card a card leads to, and says which of how many it is', () => {
    const step = followMove(cards, 'cna', 'ArrowRight');
    expect(step).toEqual({ kind: 'card', id: 'lpn', origin: 'cna', way: 'out', index: 0, count: 2 });
    expect(describeStep(step, 'cna', title)).toBe('Licensed Practical Nurse (LPN) — 1 of 2 moves from Nursing Assistant (CNA)');
  });

  it('goes back left to the card it came from, even when another card leads there first', () => {
    const right = followMove(cards, 'ma', 'ArrowRight');
    expect(target(right)).toBe('lpn');
    // Nursing Assistant is above Medical Assistant, so Left on its own would go there.
    expect(target(followMove(cards, 'lpn', 'ArrowLeft'))).toBe('cna');
    const back = followMove(cards, 'lpn', 'ArrowLeft', { at: 'lpn', origin: 'ma', way: 'out' });
    expect(back).toEqual({ kind: 'card', id: 'ma', origin: 'lpn', way: 'in', index: 1, count: 2 });
    expect(describeStep(back, 'lpn', title)).toBe('Medical Assistant — 2 of 2 moves into Licensed Practical Nurse (LPN)');
  });

  it('goes back right after a Left', () => {
    expect(target(followMove(cards, 'ma', 'ArrowRight', { at: 'ma', origin: 'lpn', way: 'in' }))).toBe('lpn');
    expect(target(followMove(cards, 'cna', 'ArrowRight', { at: 'cna', origin: 'lpn', way: 'in' }))).toBe('lpn');
  });

  it('moves up and down among the cards reached the same way, going round at the ends', () => {
    const trail = { at: 'lpn', origin: 'cna', way: 'out' } as const;
    const down = followMove(cards, 'lpn', 'ArrowDown', trail);
    expect(down).toEqual({ kind: 'card', id: 'ma', origin: 'cna', way: 'out', index: 1, count: 2 });
    expect(target(followMove(cards, 'ma', 'ArrowDown', { ...trail, at: 'ma' }))).toBe('lpn');
    expect(target(followMove(cards, 'lpn', 'ArrowUp', trail))).toBe('ma');
    // Arrived by Left: the other cards leading to the same card.
    expect(target(followMove(cards, 'cna', 'ArrowDown', { at: 'cna', origin: 'lpn', way: 'in' }))).toBe('ma');
  });

  it('without a trail, moves up and down among the cards its first source leads to, else those leading to its first target', () => {
    expect(target(followMove(cards, 'ma', 'ArrowUp'))).toBe('lpn');
    // Nothing leads to the certificate; it is the only card leading to CNA.
    expect(followMove(cards, 'cert', 'ArrowDown')).toEqual({ kind: 'none', reason: 'only-one', origin: 'cna', way: 'in' });
  });

  it('ignores a trail that ends at another card', () => {
    expect(target(followMove(cards, 'lpn', 'ArrowLeft', { at: 'rn', origin: 'ma', way: 'out' }))).toBe('cna');
  });

  it('stays and says why when there is nowhere to go', () => {
    const lone = connectedCards([], new Map());
    expect(describeStep(followMove(cards, 'rn', 'ArrowRight'), 'rn', title)).toBe('Registered Nurse (RN) leads to no other card.');
    expect(describeStep(followMove(cards, 'cert', 'ArrowLeft'), 'cert', title)).toBe('No card leads to CNA certificate.');
    expect(describeStep(followMove(lone, 'rn', 'ArrowUp'), 'rn', title)).toBe('Registered Nurse (RN) has no moves.');
    expect(describeStep(followMove(cards, 'rn', 'ArrowDown'), 'rn', title)).toBe('Registered Nurse (RN) is the only move from Licensed Practical Nurse (LPN).');
  });
});

describe('isFollowKey', () => {
  it('takes the four arrow keys only', () => {
    expect(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'].every(isFollowKey)).toBe(true);
    expect(isFollowKey('Enter')).toBe(false);
    expect(isFollowKey('Home')).toBe(false);
  });
});
