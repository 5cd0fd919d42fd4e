import { useMemo } from 'react';
import type { Choice } from '../../components/narrow-choices';
import type { PathwayMap } from '../../domain/schema/map';
import { moveName } from './target-name';

/**
 * The cards and moves to choose from, built once per map rather than on every keystroke in the form
 * (on a 2,000-card map, naming every move looked up both its cards each time).
 */
export function useMapChoices(map: PathwayMap): { occupationChoices: Choice[]; moveChoices: Choice[] } {
  const { occupations, transitions } = map;
  return useMemo(() => {
    const titles = new Map(occupations.map((occupation) => [occupation.id, occupation.title]));
    const titleOf = (id: string) => titles.get(id);
    return {
      occupationChoices: occupations.map((occupation) => ({ id: occupation.id, label: occupation.title })),
      moveChoices: transitions.map((transition) => ({ id: transition.id, label: moveName(transition, titleOf) })),
    };
  }, [occupations, transitions]);
}
