import { wageText } from '../../../domain/wage-words';
import type { Occupation, Transition } from '../../../domain/schema/map';
import { EDUCATION_LABELS, occupationBadges } from '../../canvas/labels';
import { moveSentence } from '../details/move-words';
import { showOccupationDetails } from '../details/show-details';
import { useViewerStore } from '../viewer-store';

/** "SOC 31-1131.00 · $32,400 a year · Postsecondary certificate": the facts that are known. */
function factsLine(occupation: Occupation): string {
  return [
    occupation.socCode ? `SOC ${occupation.socCode}` : undefined,
    occupation.wage ? wageText(occupation.wage) : 'Wage not known',
    occupation.education ? EDUCATION_LABELS[occupation.education] : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One occupation in the outline: title, facts, highlights in words, the moves out of it, and two ways to see it. */
export function OutlineOccupation({
  occupation,
  moves,
  titleOf,
}: {
  occupation: Occupation;
  moves: readonly Transition[];
  titleOf: (occupationId: string) => string;
}) {
  const badges = occupationBadges(occupation);
  const showOnMap = () => {
    const viewer = useViewerStore.getState();
    viewer.setView('map');
    viewer.selectOccupation(occupation.id, { centre: true });
  };
  return (
    <li className="outline-occupation">
      <h4>{occupation.title}</h4>
      <p className="outline-occupation__facts">{factsLine(occupation)}</p>
      {badges.length > 0 && <p className="outline-occupation__facts">Highlights: {badges.map((badge) => badge.label).join(', ')}</p>}
      {moves.length > 0 ? (
        <ul className="outline-moves" aria-label={`Where ${occupation.title} leads`}>
          {moves.map((move) => (
            <li key={move.id}>
              <span aria-hidden="true">→ </span>
              {moveSentence(move, titleOf(move.to))}
            </li>
          ))}
        </ul>
      ) : (
        <p className="outline-occupation__facts">No moves out of this job on the map.</p>
      )}
      <div className="outline-occupation__actions">
        {/* The names say which occupation, so a list of buttons read on its own still makes sense. */}
        <button type="button" aria-label={`Show details of ${occupation.title}`} onClick={() => showOccupationDetails(occupation.id)}>
          Show details
        </button>
        <button type="button" aria-label={`Show on map: ${occupation.title}`} onClick={showOnMap}>
          Show on map
        </button>
      </div>
    </li>
  );
}
