import { BOOLEAN_WORDS, normalizeKey } from './vocabulary';
import { quoteCell } from './read-amount';

// Ticks and crosses are how many sheets mark a yes; "Y", "true" and "1" are read too. Anything but
// a plain "yes" or "no" is read with a note saying so, so a surprising reading is seen before import.
const TICKS = new Set(['✓', '✔', '☑', '✅', '×', '✗', '✘', '☐']);
const YES_MARKS = new Set(['✓', '✔', '☑', '✅']);

export type YesNoReading = { value: boolean; note?: string };

export function readYesNo(text: string): YesNoReading | null {
  const trimmed = text.trim();
  if (TICKS.has(trimmed)) {
    const value = YES_MARKS.has(trimmed);
    return { value, note: `${quoteCell(trimmed)} read as ${value ? 'yes' : 'no'}` };
  }
  const key = normalizeKey(trimmed);
  const answer = BOOLEAN_WORDS.get(key);
  if (answer === undefined) return null;
  const value = answer === 'yes';
  return key === 'yes' || key === 'no' ? { value } : { value, note: `${quoteCell(trimmed)} read as ${answer}` };
}
