import { slugify } from '../domain/ids';
import type { PathwayMap } from '../domain/schema/map';

/** An exported file's name, from the map's title as it reads now ("it-apprenticeships.json"), else its id. */
export function exportFileName(map: Pick<PathwayMap, 'id' | 'title'>, suffix: string): string {
  // Longer than an id may be: "… (copy)" must not lose its "-copy" and overwrite the original's file.
  return `${slugify(map.title, 100) || map.id}${suffix}`;
}
