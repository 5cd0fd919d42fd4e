import { plural } from '../describe';
import type { MatchCount } from './filter-marks';
import { missingCountText } from './filter-words';

/** "7 of 8 occupations match", "1 of 8 occupations matches", "1 of 1 occupation matches". */
export function matchCountText(matching: number, total: number): string {
  return `${matching} of ${plural(total, 'occupation')} ${matching === 1 ? 'matches' : 'match'}`;
}

/**
 * The filter bar's line: how many match, and how many are not known for want of each figure, and
 * whether those are shown. "1 of 13 occupations matches; 4 have no education on file, 2 have no wage
 * on file (shown, marked not known)". Unknown is never folded into "does not match".
 */
export function matchLineText(count: MatchCount): string {
  const matches = matchCountText(count.matching, count.total);
  if (count.notKnown === 0) return matches;
  const missing = [...count.missing].map(([figure, cards]) => missingCountText(figure, cards)).join(', ');
  return `${matches}; ${missing} (${count.includeNotKnown ? 'shown, marked not known' : 'left out'})`;
}
