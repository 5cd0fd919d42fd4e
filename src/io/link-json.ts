import { DEFAULT_LEVELS } from '../domain/schema/level';
import type { PathwayMap } from '../domain/schema/map';
import { serializeMapCompact } from '../domain/serialize';

// Lists the format defaults to [] when left out (parseMap puts them back).
const DEFAULTED_LISTS = ['groups', 'occupations', 'steps', 'transitions', 'hiringEvents', 'feedback', 'sources'] as const;

const isDefaultLevels = (levels: readonly { id: string; label: string }[]) =>
  levels.length === DEFAULT_LEVELS.length &&
  levels.every((level, index) => Object.keys(level).length === 2 && level.id === DEFAULT_LEVELS[index]?.id && level.label === DEFAULT_LEVELS[index]?.label);

/**
 * A map's canonical JSON without indentation, and without what parseMap fills back in: empty lists
 * and the default levels. A link has room for 16 KB compressed; v2 writes both into every map,
 * and leaving them out keeps more maps inside it. Opening the link gives the same map.
 */
export function linkJson(map: PathwayMap): string {
  const lean = JSON.parse(serializeMapCompact(map)) as Record<string, unknown>;
  if (isDefaultLevels(map.levels)) delete lean.levels;
  for (const list of DEFAULTED_LISTS) if (map[list].length === 0) delete lean[list];
  return JSON.stringify(lean);
}
