import { describe, expect, it } from 'vitest';
import { isTextEntry } from '../../../src/components/text-entry';

/** "input:radio" → <input type="radio">, "textarea" → <textarea>. */
function element(spec: string): HTMLElement {
  const [tag = 'div', type] = spec.split(':');
  const made = document.createElement(tag);
  if (type) made.setAttribute('type', type);
  return made;
}

describe('isTextEntry (where a letter is typed, not a shortcut)', () => {
  it('counts text fields, text areas and selects', () => {
    for (const spec of ['input', 'input:text', 'input:number', 'input:search', 'textarea', 'select']) {
      expect(isTextEntry(element(spec)), spec).toBe(true);
    }
  });

  it('does not count radios, checkboxes or buttons, so shortcuts work after clicking one', () => {
    for (const spec of ['input:radio', 'input:checkbox', 'input:color', 'button', 'div']) {
      expect(isTextEntry(element(spec)), spec).toBe(false);
    }
  });
});
