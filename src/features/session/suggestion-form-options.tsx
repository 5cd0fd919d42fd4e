import { useMemo } from 'react';
import type { PathwayMap } from '../../domain/schema/map';
import { moveName } from './target-name';

/**
 * The cards and moves to choose from, built once per map rather than on every keystroke in the form
 * (on a 2,000-card map, naming every move looked up both its cards each time).
 */
export function useMapOptions(map: PathwayMap) {
  const { occupations, transitions } = map;
  return useMemo(() => {
    const titles = new Map(occupations.map((occupation) => [occupation.id, occupation.title]));
    const titleOf = (id: string) => titles.get(id);
    return {
      occupationOptions: occupations.map((occupation) => (
        <option key={occupation.id} value={occupation.id}>
          {occupation.title}
        </option>
      )),
      moveOptions: transitions.map((transition) => (
        <option key={transition.id} value={transition.id}>
          {moveName(transition, titleOf)}
        </option>
      )),
    };
  }, [occupations, transitions]);
}
