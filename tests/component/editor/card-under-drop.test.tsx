import { afterEach, describe, expect, it } from 'vitest';
import { cardUnderDrop, type EndedConnection } from '../../../src/features/editor/canvas/card-under-drop';

// jsdom lays nothing out, so "what is under the pointer" is given by the test.
function canvasWith(...cardIds: string[]) {
  const canvas = document.createElement('div');
  const cards = cardIds.map((id) => {
    const card = document.createElement('div');
    card.className = 'react-flow__node';
    card.dataset.id = id;
    const body = document.createElement('h3');
    card.append(body);
    canvas.append(card);
    return body;
  });
  document.body.append(canvas);
  return { canvas, cards };
}

function pointerOver(elements: Element[]) {
  document.elementsFromPoint = () => elements;
}

const fromSource: EndedConnection = { isValid: null, fromNode: { id: 'a' }, fromHandle: { type: 'source' } };
const drop = new MouseEvent('mouseup', { clientX: 100, clientY: 50 });

afterEach(() => {
  document.body.replaceChildren();
});

describe('cardUnderDrop', () => {
  it('names a move from the card dragged from to the card dropped on, wherever on its body', () => {
    const { canvas, cards } = canvasWith('a', 'b');
    pointerOver([cards[1]!, canvas]);
    expect(cardUnderDrop(drop, fromSource, canvas)).toEqual({ from: 'a', to: 'b' });
  });

  it('reverses the move when the drag started at a card’s incoming dot', () => {
    const { canvas, cards } = canvasWith('a', 'b');
    pointerOver([cards[1]!]);
    expect(cardUnderDrop(drop, { ...fromSource, fromHandle: { type: 'target' } }, canvas)).toEqual({ from: 'b', to: 'a' });
  });

  it('connects to a card dropped on even on a dot React Flow found invalid', () => {
    const { canvas, cards } = canvasWith('a', 'b');
    pointerOver([cards[1]!]);
    expect(cardUnderDrop(drop, { ...fromSource, isValid: false }, canvas)).toEqual({ from: 'a', to: 'b' });
  });

  it('leaves it to React Flow when it connected, and does nothing on the background or the starting card', () => {
    const { canvas, cards } = canvasWith('a', 'b');
    pointerOver([cards[1]!]);
    expect(cardUnderDrop(drop, { ...fromSource, isValid: true }, canvas)).toBeUndefined();
    pointerOver([canvas]);
    expect(cardUnderDrop(drop, fromSource, canvas)).toBeUndefined();
    pointerOver([cards[0]!]);
    expect(cardUnderDrop(drop, fromSource, canvas)).toBeUndefined();
  });

  it('ignores cards outside this canvas (e.g. the minimap or another map)', () => {
    const { canvas } = canvasWith('a');
    const elsewhere = canvasWith('b');
    pointerOver([elsewhere.cards[0]!]);
    expect(cardUnderDrop(drop, fromSource, canvas)).toBeUndefined();
  });
});
