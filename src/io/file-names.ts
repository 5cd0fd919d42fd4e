import { slugify } from '../domain/ids';
import type { PathwayMap } from '../domain/schema/map';

/** An exported file's name, from the map's title as it reads now ("it-apprenticeships.json"), else its id. */
export function exportFileName(map: Pick<PathwayMap, 'id' | 'title'>, suffix: string): string {
  return `${slugify(map.title) || map.id}${suffix}`;
}
