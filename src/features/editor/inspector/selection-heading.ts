import { plural } from '../../../domain/describe';

/** "3 occupations selected", "2 occupations and 1 move selected", "2 moves selected". */
export function selectionHeading(occupations: number, moves: number): string {
  const parts = [occupations > 0 ? plural(occupations, 'occupation') : '', moves > 0 ? plural(moves, 'move') : ''].filter(Boolean);
  return `${parts.length > 0 ? parts.join(' and ') : 'Nothing'} selected`;
}
