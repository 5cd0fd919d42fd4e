import { useMemo } from 'react';
import type { Choice } from '../../components/narrow-choices';
import type { PathwayMap, Step } from '../../domain/schema/map';
import { moveName } from './target-name';

const STEP_KIND_WORDS: Readonly<Record<Step['kind'], string>> = { credential: 'credential', program: 'program', experience: 'experience', milestone: 'milestone' };

/**
 * The cards and moves to choose from, built once per map rather than on every keystroke in the form
 * (on a 2,000-card map, naming every move looked up both its cards each time).
 */
export function useMapChoices(map: PathwayMap): { cardChoices: Choice[]; moveChoices: Choice[] } {
  const { occupations, steps, transitions } = map;
  return useMemo(() => {
    const titles = new Map([...occupations, ...steps].map((card) => [card.id, card.title]));
    const titleOf = (id: string) => titles.get(id);
    return {
      // Jobs first, then the steps between them, each saying what kind of card it is.
      cardChoices: [
        ...occupations.map((occupation) => ({ id: occupation.id, label: occupation.title })),
        ...steps.map((step) => ({ id: step.id, label: `${step.title} (${STEP_KIND_WORDS[step.kind]})` })),
      ],
      moveChoices: transitions.map((transition) => ({ id: transition.id, label: moveName(transition, titleOf) })),
    };
  }, [occupations, steps, transitions]);
}
