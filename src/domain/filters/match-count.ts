import { plural } from '../describe';

/** "7 of 8 occupations match", "1 of 8 occupations matches", "1 of 1 occupation matches". */
export function matchCountText(matching: number, total: number): string {
  return `${matching} of ${plural(total, 'occupation')} ${matching === 1 ? 'matches' : 'match'}`;
}
