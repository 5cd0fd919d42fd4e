import { useMemo } from 'react';
import { plural } from '../../../domain/describe';
import type { FilterMarks } from '../../../domain/filters/filter-marks';
import { LEFT_OUT_LABEL, NOT_KNOWN_LABEL } from '../../../domain/filters/filter-words';
import { matchCountText } from '../../../domain/filters/match-count';
import { isFilterActive } from '../../../domain/filters/occupation-filter';
import type { PathwayMap } from '../../../domain/schema/map';
import { LEVEL_LABELS } from '../../../domain/labels';
import { useFilterMarks } from '../filters/use-filter-marks';
import { useViewerStore } from '../viewer-store';
import { OutlineOccupation } from './outline-occupation';
import { outlineTree } from './outline-tree';
import { OutlineSteps } from './outline-steps';
import './outline.css';

/**
 * "7 of 8 occupations match the filters; the other is marked …"; with cards the filters cannot judge,
 * "1 of 3 occupations matches the filters; 1 is marked “Does not match the filters”, 1 “Not known for
 * the filters”." Not a live region: the filter bar's count is.
 */
function filteredSummary({ count, outcomes }: FilterMarks): string {
  const summary = `${matchCountText(count.matching, count.total)} the filters`;
  const others = outcomes.size;
  if (others === 0) return `${summary}.`;
  if (count.notKnown === 0) return `${summary}; ${others === 1 ? 'the other is' : 'the others are'} marked “${LEFT_OUT_LABEL}”.`;
  if (count.notKnown === others) return `${summary}; ${others === 1 ? 'the other is' : 'the others are'} marked “${NOT_KNOWN_LABEL}”.`;
  const noMatch = others - count.notKnown;
  return `${summary}; ${noMatch} ${noMatch === 1 ? 'is' : 'are'} marked “${LEFT_OUT_LABEL}”, ${count.notKnown} “${NOT_KNOWN_LABEL}”.`;
}

/**
 * The whole map as structured text, for keyboard and screen-reader users and anyone who prefers a
 * list: groups (h2) → levels (h3) → occupations (h4) with the moves out of each. Like the canvas, it
 * keeps every occupation while filters are on, and marks the ones they leave out or cannot judge.
 */
export function MapOutline({ map }: { map: PathwayMap }) {
  const tree = useMemo(() => outlineTree(map), [map]);
  const filter = useViewerStore((state) => state.filter);
  const marks = useFilterMarks(map.occupations);
  // Moves may lead to a step card as well as to an occupation.
  const stepTitles = useMemo(() => new Map(map.steps.map((step) => [step.id, step.title])), [map.steps]);
  const titleOf = (cardId: string) => tree.byId.get(cardId)?.title ?? stepTitles.get(cardId) ?? cardId;
  return (
    <section className="map-outline" aria-label={`Outline of ${map.title}`}>
      <p className="map-outline__intro">
        {plural(map.occupations.length, 'occupation')} and {plural(map.transitions.length, 'move')}, by group and
        level. Each occupation lists where it leads.
      </p>
      {isFilterActive(filter) && <p className="map-outline__intro">{filteredSummary(marks)}</p>}
      {tree.groups.map(({ group, levels }) => (
        <section key={group?.id ?? ''} className="outline-group">
          <h2>{group?.label ?? 'Not in a group'}</h2>
          {levels.map(({ level, occupations }) => (
            <section key={level ?? ''} className="outline-level">
              <h3>{level ? LEVEL_LABELS[level] : 'Level not set'}</h3>
              <ul className="outline-occupations">
                {occupations.map((occupation) => (
                  <OutlineOccupation
                    key={occupation.id}
                    occupation={occupation}
                    moves={tree.movesFrom.get(occupation.id) ?? []}
                    titleOf={titleOf}
                    outcome={marks.outcomes.get(occupation.id)}
                    dimmed={marks.dimmedIds.has(occupation.id)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      <OutlineSteps map={map} titleOf={titleOf} />
    </section>
  );
}
