import { laborFigures } from '../labor-words';
import type { Occupation, PathwayMap } from '../schema/map';
import { FINDING_SEVERITY, type UnsourcedFigureFinding } from './finding';
import { nameOf } from './wording';

type Unsourced = { place: string; words: (name: string) => string };

type Citable = {
  figure: UnsourcedFigureFinding['figure'];
  /** This figure of the occupation, each one that names no source, with its place under the occupation. */
  unsourced: (occupation: Occupation) => Unsourced[];
};

/**
 * The figures the format lets cite a source (those with a `sourceId`): an occupation's wage, its labor
 * block, and each training program that counts capacity or completions; and, on the map, each hiring
 * event that counts jobs.
 */
const CITABLE: readonly Citable[] = [
  {
    figure: 'wage',
    unsourced: ({ wage }) =>
      wage !== undefined && wage.sourceId === undefined
        ? [{ place: 'wage', words: (name) => `${name}: the wage cites no source. Add the table it comes from under Sources and choose it as the wage's source.` }]
        : [],
  },
  {
    figure: 'labor',
    unsourced: ({ labor }) =>
      labor !== undefined && laborFigures(labor).length > 0 && labor.sourceId === undefined
        ? [{ place: 'labor', words: (name) => `${name}: the labor figures cite no source. Add the table they come from under Sources and choose it as their source.` }]
        : [],
  },
  {
    figure: 'training',
    unsourced: ({ training = [] }) =>
      training.flatMap((program, index) =>
        (program.capacity !== undefined || program.completions !== undefined) && program.sourceId === undefined
          ? [{ place: `training[${index}]`, words: (name: string) => `${name}: the capacity and completions of "${program.name}" cite no source. Choose the program's source.` }]
          : [],
      ),
  },
];

/** Figures that cite no source: nobody can check them or tell how old they are. One finding per figure, in file order. */
export function findUnsourcedFigures(map: PathwayMap): UnsourcedFigureFinding[] {
  return [...occupationFigures(map), ...hiringEventFigures(map)];
}

function hiringEventFigures(map: PathwayMap): UnsourcedFigureFinding[] {
  return map.hiringEvents.flatMap((event, index): UnsourcedFigureFinding[] =>
    event.jobs !== undefined && event.sourceId === undefined
      ? [
          {
            code: 'unsourced-figure',
            severity: FINDING_SEVERITY['unsourced-figure'],
            targetId: map.id,
            targetKind: 'map',
            path: `hiringEvents[${index}]`,
            message: `Hiring event of ${nameOf(event.employer)} on ${event.date.slice(0, 10)}: its jobs figure cites no source. Choose the event's source under Map → Hiring events.`,
            figure: 'hiring-event',
          },
        ]
      : [],
  );
}

function occupationFigures(map: PathwayMap): UnsourcedFigureFinding[] {
  return map.occupations.flatMap((occupation, index) =>
    CITABLE.flatMap((citable) =>
      citable.unsourced(occupation).map(
        (found): UnsourcedFigureFinding => ({
          code: 'unsourced-figure',
          severity: FINDING_SEVERITY['unsourced-figure'],
          targetId: occupation.id,
          targetKind: 'occupation',
          path: `occupations[${index}].${found.place}`,
          message: found.words(nameOf(occupation.title)),
          figure: citable.figure,
        }),
      ),
    ),
  );
}
