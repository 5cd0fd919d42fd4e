import type { PathwayMap } from '../../../domain/schema/map';

/** Search: find a card by title, SOC code, credential or skill (helper B). Not built yet: renders nothing. */
export function SearchBox(_props: { map: PathwayMap }) {
  return null;
}
