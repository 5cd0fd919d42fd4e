import type { PathwayMap, Step } from '../../../domain/schema/map';
import { readOutRequirement } from '../../../domain/requirements/read-out';
import { stepKeyFigures, stepKindLine } from '../../../domain/steps/step-words';
import { OutlineMoves } from './outline-moves';
import { showOccupationDetails } from '../details/show-details';
import { readOutWords } from '../details/step-panel';
import { useViewerStore } from '../viewer-store';

/** One step in the outline: title, kind and known figures, what it takes to get in, the moves out of it, two ways to see it. */
export function OutlineStep({ map, step, titleOf }: { map: PathwayMap; step: Step; titleOf: (cardId: string) => string }) {
  const moves = map.transitions.filter((move) => move.from === step.id);
  const showOnMap = () => {
    const viewer = useViewerStore.getState();
    viewer.setView('map');
    viewer.selectOccupation(step.id, { centre: true });
  };
  return (
    <li className="outline-occupation outline-step">
      <h4>{step.title}</h4>
      <p className="outline-occupation__facts">{[stepKindLine(step), ...stepKeyFigures(step)].join(' · ')}</p>
      {step.toGetIn !== undefined && (
        <p className="outline-occupation__facts">To get in: {readOutRequirement(step.toGetIn, readOutWords(map))}</p>
      )}
      {moves.length > 0 && (
        <OutlineMoves from={step.title} moves={moves} titleOf={titleOf} />
      )}
      <div className="outline-occupation__actions">
        <button type="button" aria-label={`Show details of ${step.title}`} onClick={() => showOccupationDetails(step.id)}>
          Show details
        </button>
        <button type="button" aria-label={`Show on map: ${step.title}`} onClick={showOnMap}>
          Show on map
        </button>
      </div>
    </li>
  );
}
