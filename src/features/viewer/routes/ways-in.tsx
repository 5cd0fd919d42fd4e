import type { WayInSummary } from '../../../domain/graph/ways-in';
import { STEP_KIND_LABELS } from '../../../domain/steps/step-words';

/**
 * The ways in from no experience: each card a route can start at (a program, a licence, an
 * entry-level job) and the jobs it leads to first, each a button that makes it the goal.
 */
export function WaysIn({ ways, onChooseGoal }: { ways: readonly WayInSummary[]; onChooseGoal: (occupationId: string) => void }) {
  if (ways.length === 0) return <p className="route-finder__hint">This map marks no way in for someone starting out.</p>;
  return (
    <>
      <p className="route-finder__hint">Ways in with no experience; choose a job to find routes to it.</p>
      <ul className="ways-in" aria-label="Ways in with no experience">
        {ways.map((way) => {
          const before = way.step ? [way.step, ...way.named] : way.named;
          return (
            <li key={before[0]?.id ?? way.firstJobs[0]?.id}>
              {before.length > 0 && (
                <span className="ways-in__before">
                  {before.map((card) => `${card.title} (${STEP_KIND_LABELS[card.kind].toLowerCase()})`).join(' → ')} →{' '}
                </span>
              )}
              {way.firstJobs.map((job) => (
                <button key={job.id} type="button" className="where-it-leads__job" aria-label={`Find routes to ${job.title}`} onClick={() => onChooseGoal(job.id)}>
                  {job.title}
                </button>
              ))}
            </li>
          );
        })}
      </ul>
    </>
  );
}
