import { moveRequirements } from '../details/move-words';
import { payText } from '../../../domain/pay-words';
import type { Route } from '../../../domain/graph/route';
import { MOVE_KEY_LABELS } from '../../../domain/labels';
import { startFiguresText, startPathText } from './route-words';
import { apprenticeshipNote, stepFiguresText, stepViaText } from './route-step-notes';

/**
 * A route's moves in order: where each leads, what it takes (naming cards by `titleOf`), how long, what it costs, whether it is
 * made through an apprenticeship, and the pay at the job it leads to. Numbered from the first job (1),
 * as the wage chart is; a route from no experience that starts before its first job names the cards
 * on the way to it there ("Start: PN program → NCLEX-PN → LPN") with what they take.
 */
export function RouteSteps({ route, titleOf }: { route: Route; titleOf?: (cardId: string) => string | undefined }) {
  const [start] = route.occupations;
  return (
    <ol className="route-steps">
      {start && (
        <li value={1}>
          <p className="route-steps__job">Start: {startPathText(route)}</p>
          {route.start && <p className="route-steps__facts">{startFiguresText(route.start)}</p>}
          <p className="route-steps__pay">Pay: {start.wage ? payText(start.wage) : 'Wage not known'}</p>
        </li>
      )}
      {route.steps.map((step, index) => (
        <li key={step.transition.id} value={index + 2}>
          <p className="route-steps__job">
            {step.to.title}
            <span className="route-steps__kind"> · {MOVE_KEY_LABELS[step.transition.kind ?? 'advancement']}</span>
          </p>
          {moveRequirements(step.transition, titleOf).length > 0 ? (
            <ul className="route-steps__requirements" aria-label={`What the move to ${step.to.title} takes`}>
              {moveRequirements(step.transition, titleOf).map((requirement, position) => (
                <li key={position}>{requirement}</li>
              ))}
            </ul>
          ) : (
            <p className="route-steps__none">The map lists no requirements for this move.</p>
          )}
          {stepViaText(step) !== undefined && <p className="route-steps__facts">{stepViaText(step)}</p>}
          <p className="route-steps__facts">{stepFiguresText(step)}</p>
          {apprenticeshipNote(step.to, step.transition.viaApprenticeship === true) !== undefined && (
            <p className="route-steps__facts">{apprenticeshipNote(step.to, step.transition.viaApprenticeship === true)}</p>
          )}
          {step.transition.notes && <p className="route-steps__notes">{step.transition.notes}</p>}
          <p className="route-steps__pay">Pay: {step.to.wage ? payText(step.to.wage) : 'Wage not known'}</p>
        </li>
      ))}
    </ol>
  );
}
