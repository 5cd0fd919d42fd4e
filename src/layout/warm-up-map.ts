import { CURRENT_SCHEMA_VERSION } from '../domain/migrations/index';
import { DEFAULT_LEVELS } from '../domain/schema/level';
import type { Occupation, PathwayMap } from '../domain/schema/map';

const LEVELS = ['entry', 'middle', 'advanced'] as const;

/**
 * A small made-up map (60 occupations in three groups, with back and lateral moves) whose
 * layout warms elk up in the worker: the first layout in a fresh worker is several times
 * slower than later ones while the JavaScript engine compiles elk's hot paths.
 */
export function warmUpMap(): PathwayMap {
  const count = 60;
  const occupations: Occupation[] = Array.from({ length: count }, (_, i) => ({
    id: `o${i}`,
    title: `Occupation ${i}`,
    level: LEVELS[i % 3] ?? 'entry',
    groupId: `g${i % 3}`,
  }));
  const transitions = occupations.flatMap((_, i) => [
    { id: `n${i}`, from: `o${i}`, to: `o${(i + 1) % count}` },
    { id: `l${i}`, from: `o${i}`, to: `o${(i + 4) % count}` },
  ]);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'warm-up',
    title: 'Warm-up',
    levels: DEFAULT_LEVELS.map((level) => ({ ...level })),
    groups: [0, 1, 2].map((g) => ({ id: `g${g}`, label: `Group ${g}` })),
    occupations,
    steps: [],
    transitions,
    hiringEvents: [],
    feedback: [],
    sources: [],
  };
}
