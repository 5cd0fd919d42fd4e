import { useId, useMemo } from 'react';
import { reachableBySteps } from '../../../domain/graph/reachable-by-steps';
import { waysInFromNoExperience } from '../../../domain/graph/ways-in';
import type { Occupation, PathwayMap } from '../../../domain/schema/map';
import { WaysIn } from './ways-in';

type Props = {
  map: PathwayMap;
  /** The job to start from; undefined when From is not a job. */
  occupation: Occupation | undefined;
  /** From is "no experience": the ways in are listed instead. */
  noExperience: boolean;
  onChooseGoal: (occupationId: string) => void;
};

/** "Where can this job lead?": everything reachable from the From job, by the fewest moves it takes; from no experience, the ways in. */
export function WhereItLeads({ map, occupation, noExperience, onChooseGoal }: Props) {
  const headingId = useId();
  const rings = useMemo(() => (occupation ? reachableBySteps(map, occupation.id) : []), [map, occupation]);
  const waysIn = useMemo(() => (noExperience ? waysInFromNoExperience(map) : []), [map, noExperience]);
  return (
    <section className="where-it-leads" aria-labelledby={headingId}>
      <h3 id={headingId}>Where can this job lead?</h3>
      {noExperience ? (
        <WaysIn ways={waysIn} onChooseGoal={onChooseGoal} />
      ) : !occupation ? (
        <p className="route-finder__hint">Choose a current job under From to see everything it can lead to.</p>
      ) : rings.length === 0 ? (
        <p className="route-finder__hint">No move on this map leads on from {occupation.title}.</p>
      ) : (
        <>
          <p className="route-finder__hint">From {occupation.title}; choose one to find routes to it.</p>
          {rings.map((ring) => (
            <div key={ring.steps} className="where-it-leads__ring">
              <h4>
                {ring.steps} {ring.steps === 1 ? 'step' : 'steps'} away ({ring.occupations.length})
              </h4>
              <ul>
                {ring.occupations.map((reached) => (
                  <li key={reached.id}>
                    <button type="button" className="where-it-leads__job" aria-label={`Find routes to ${reached.title}`} onClick={() => onChooseGoal(reached.id)}>
                      {reached.title}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
