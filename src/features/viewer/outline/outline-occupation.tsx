import { useId } from 'react';
import type { MarkedOutcome } from '../../../domain/filters/filter-marks';
import { outcomeText } from '../../../domain/filters/filter-words';
import { payText } from '../../../domain/pay-words';
import type { Occupation, Transition } from '../../../domain/schema/map';
import { educationText, occupationBadges } from '../../../domain/labels';
import { laborFigures } from '../../../domain/labor-words';
import { OutlineMoves } from './outline-moves';
import { showOccupationDetails } from '../details/show-details';
import { useViewerStore } from '../viewer-store';

/** "SOC 31-1131.00 · $32,400 a year (mean), about $15.58 an hour · Postsecondary certificate": the facts that are known. */
function factsLine(occupation: Occupation): string {
  return [
    occupation.socCode ? `SOC ${occupation.socCode}` : undefined,
    occupation.wage ? payText(occupation.wage) : 'Wage not known',
    educationText(occupation),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * One occupation in the outline: title, facts, highlights in words, the moves out of it, and two ways to
 * see it. One the filters leave out is greyed and dashed like its card, and says so in its heading (heard
 * when reading heading by heading) and in its buttons' descriptions (heard when tabbing through them).
 * One they cannot judge says "Not known for the filters: no wage on file" the same way, and is greyed
 * only while such cards are left out.
 */
export function OutlineOccupation({
  occupation,
  moves,
  titleOf,
  outcome,
  dimmed = false,
}: {
  occupation: Occupation;
  moves: readonly Transition[];
  titleOf: (occupationId: string) => string;
  /** How the filters mark it, when it is not a plain match. */
  outcome?: MarkedOutcome | undefined;
  dimmed?: boolean;
}) {
  const noteId = useId();
  const note = outcome && outcomeText(outcome);
  const describedBy = note ? noteId : undefined;
  const classes = ['outline-occupation', dimmed && 'outline-occupation--left-out', outcome?.kind === 'not-known' && 'outline-occupation--not-known'];
  const badges = occupationBadges(occupation);
  const labor = occupation.labor ? laborFigures(occupation.labor) : [];
  const showOnMap = () => {
    const viewer = useViewerStore.getState();
    viewer.setView('map');
    viewer.selectOccupation(occupation.id, { centre: true });
  };
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <h4>
        {occupation.title}
        {note && (
          <>
            <span className="outline-visually-hidden">, </span>
            <span id={noteId} className="outline-occupation__left-out">
              {note}
            </span>
          </>
        )}
      </h4>
      <p className="outline-occupation__facts">{factsLine(occupation)}</p>
      {badges.length > 0 && <p className="outline-occupation__facts">Highlights: {badges.map((badge) => (badge.note ? `${badge.label} (${badge.note})` : badge.label)).join(', ')}</p>}
      {labor.length > 0 && <p className="outline-occupation__facts">Labor market: {labor.map((figure) => figure.text).join('; ')}</p>}
      {moves.length > 0 ? (
        <OutlineMoves from={occupation.title} moves={moves} titleOf={titleOf} />
      ) : (
        <p className="outline-occupation__facts">No moves out of this job on the map.</p>
      )}
      <div className="outline-occupation__actions">
        {/* The names say which occupation, so a list of buttons read on its own still makes sense. */}
        <button
          type="button"
          aria-label={`Show details of ${occupation.title}`}
          aria-describedby={describedBy}
          onClick={() => showOccupationDetails(occupation.id)}
        >
          Show details
        </button>
        <button type="button" aria-label={`Show on map: ${occupation.title}`} aria-describedby={describedBy} onClick={showOnMap}>
          Show on map
        </button>
      </div>
    </li>
  );
}
