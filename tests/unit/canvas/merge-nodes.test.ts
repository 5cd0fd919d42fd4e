import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { mergeNodes } from '../../../src/features/canvas/merge-nodes';

type Card = Node<{ title: string; votes?: number }, 'occupation'>;

const card = (id: string, x = 0, title = id, extra: Partial<Card> = {}): Card => ({ id, type: 'occupation', position: { x, y: 0 }, data: { title }, ...extra });
/** What React Flow holds once it has drawn a card: its measured size, maybe a selection or a drag. */
const held = (node: Card, extra: Partial<Card> = {}): Card => ({ ...node, measured: { width: 240, height: 130 }, ...extra });

describe('mergeNodes (every canvas, when its map or selection changes)', () => {
  it('keeps the very node React Flow holds for a card that did not change, so React Flow skips it', () => {
    const previous = [held(card('rn')), held(card('lpn', 300))];
    const merged = mergeNodes([card('rn'), card('lpn', 300)], previous, new Set());
    expect(merged[0]).toBe(previous[0]);
    expect(merged[1]).toBe(previous[1]);
  });

  it('gives a moved or edited card its new place and text, keeping its measured size and dropping a finished drag', () => {
    const previous = [held(card('rn'), { dragging: true }), held(card('lpn', 300))];
    const [moved, edited] = mergeNodes([card('rn', 50), card('lpn', 300, 'Licensed Practical Nurse')], previous, new Set());
    expect(moved).toMatchObject({ position: { x: 50, y: 0 }, measured: { width: 240, height: 130 } });
    expect(moved!.dragging).toBeUndefined();
    expect(edited).toMatchObject({ data: { title: 'Licensed Practical Nurse' }, measured: { width: 240, height: 130 } });
  });

  it('selects the cards the selection names and unselects the others, redrawing only those two', () => {
    const previous = [held(card('rn'), { selected: true }), held(card('lpn', 300)), held(card('cna', 600))];
    const merged = mergeNodes([card('rn'), card('lpn', 300), card('cna', 600)], previous, new Set(['lpn']));
    expect(merged.map((node) => node.selected ?? false)).toEqual([false, true, false]);
    expect(merged[0]).not.toBe(previous[0]);
    expect(merged[1]).not.toBe(previous[1]);
    expect(merged[2]).toBe(previous[2]);
    expect(merged[1]!.measured).toEqual({ width: 240, height: 130 });
  });

  it('without a selection of its own, follows the selection and marks the built cards carry (the viewer)', () => {
    const dimmed = card('rn', 0, 'rn', { className: 'occupation-node--dimmed' });
    const previous = [held(dimmed)];
    expect(mergeNodes([dimmed], previous)[0]).toBe(previous[0]);
    // The mark taken off: the card changes, though its place and data did not.
    const [plain] = mergeNodes([card('rn')], previous);
    expect(plain!.className).toBeUndefined();
    expect(plain!.measured).toEqual({ width: 240, height: 130 });
    const [picked] = mergeNodes([card('rn', 0, 'rn', { selected: true })], previous);
    expect(picked).toMatchObject({ selected: true, measured: { width: 240, height: 130 } });
  });

  it('hands over a new card as built, and leaves out cards no longer on the map', () => {
    const fresh = card('rn');
    expect(mergeNodes([fresh], [held(card('gone'))], new Set())).toEqual([fresh]);
    expect(mergeNodes([fresh], [], new Set())[0]).toBe(fresh);
  });
});
