import type { PathwayMap } from '../../../../domain/schema/map';
import type { CardChoice } from './builder-api';

/**
 * Every card on the map a requirement may point at: jobs and the steps between them. `except` leaves
 * out the card whose own way in is being built (a card that requires itself is a loop the validator
 * refuses).
 */
export function cardChoices(map: Pick<PathwayMap, 'occupations' | 'steps'>, except?: string): CardChoice[] {
  return [
    ...map.occupations.map((occupation) => ({ id: occupation.id, title: occupation.title, kind: 'occupation' })),
    ...map.steps.map((step) => ({ id: step.id, title: step.title, kind: step.kind })),
  ].filter((card) => card.id !== except);
}
