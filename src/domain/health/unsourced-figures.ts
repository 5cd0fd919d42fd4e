import { laborFigures } from '../labor-words';
import type { Occupation, PathwayMap } from '../schema/map';
import { FINDING_SEVERITY, type UnsourcedFigureFinding } from './finding';
import { nameOf } from './wording';

type Citable = {
  figure: UnsourcedFigureFinding['figure'];
  /** True when the occupation has this figure and it names no source. */
  unsourced: (occupation: Occupation) => boolean;
  words: (name: string) => string;
};

/**
 * The figures the format lets cite a source (those with a `sourceId`): an occupation's wage and its
 * labor block. A training program's capacity and completions and a hiring event's jobs join this list
 * when their schema gives them a `sourceId`; a finding the author could not act on would be noise.
 */
const CITABLE: readonly Citable[] = [
  {
    figure: 'wage',
    unsourced: (occupation) => occupation.wage !== undefined && occupation.wage.sourceId === undefined,
    words: (name) => `${name}: the wage cites no source. Add the table it comes from under Sources and choose it as the wage's source.`,
  },
  {
    figure: 'labor',
    unsourced: ({ labor }) => labor !== undefined && laborFigures(labor).length > 0 && labor.sourceId === undefined,
    words: (name) => `${name}: the labor figures cite no source. Add the table they come from under Sources and choose it as their source.`,
  },
];

/** Figures that cite no source: nobody can check them or tell how old they are. One finding per figure, in file order. */
export function findUnsourcedFigures(map: PathwayMap): UnsourcedFigureFinding[] {
  return map.occupations.flatMap((occupation, index) =>
    CITABLE.filter((citable) => citable.unsourced(occupation)).map(
      (citable): UnsourcedFigureFinding => ({
        code: 'unsourced-figure',
        severity: FINDING_SEVERITY['unsourced-figure'],
        targetId: occupation.id,
        targetKind: 'occupation',
        path: `occupations[${index}].${citable.figure}`,
        message: citable.words(nameOf(occupation.title)),
        figure: citable.figure,
      }),
    ),
  );
}
