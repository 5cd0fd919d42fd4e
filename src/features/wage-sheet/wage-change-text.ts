import type { WageChange } from '../../domain/wage-sheet/plan-wage-update';
import { wageWithPlace } from '../../domain/wage-sheet/wage-with-place';

const MARKS = { '*': 'not available (* in the sheet)', '#': 'not available (# in the sheet: above the highest wage OEWS publishes)' };

/** What the card gets, in words: the new wage, or why it stays as it is. */
export function changeText(change: WageChange): string {
  switch (change.kind) {
    case 'update':
      return wageWithPlace(change.after);
    case 'not-available':
      return `${MARKS[change.mark]}; unchanged`;
    case 'same':
      return 'unchanged: the sheet gives the same wage';
    case 'no-match':
      return change.reason === 'no SOC code' ? 'unchanged: the card has no SOC code' : 'unchanged: not in the sheet for this area';
  }
}
