import { Fragment } from 'react';
import type { Occupation, PathwayMap, Transition } from '../../../domain/schema/map';
import { DetailSection } from './detail-section';
import { moveFacts, moveRequirements } from './move-words';
import { showOccupationDetails } from './show-details';
import { SourceCitation } from './source-citation';

type Direction = 'into' | 'out';

/** "Source: …" or "Sources: …; …": where the map says the move came from; nothing when it cites none. */
function MoveSources({ map, sourceIds }: { map: PathwayMap; sourceIds: readonly string[] | undefined }) {
  if (!sourceIds || sourceIds.length === 0) return null;
  return (
    <p className="detail-note detail-move__sources">
      {sourceIds.length === 1 ? 'Source' : 'Sources'}:{' '}
      {sourceIds.map((id, index) => (
        <Fragment key={id}>
          {index > 0 && '; '}
          <SourceCitation map={map} sourceId={id} />
        </Fragment>
      ))}
    </p>
  );
}

type MoveItemProps = { map: PathwayMap; move: Transition; otherId: string; other: Occupation | undefined; titleOf: (id: string) => string | undefined };

/** One move, named by the occupation at its other end (a button that shows that one), then what it takes and its sources. */
function MoveItem({ map, move, otherId, other, titleOf }: MoveItemProps) {
  const facts = moveFacts(move);
  const requirements = moveRequirements(move, titleOf);
  const notes = move.notes?.trim();
  return (
    <li className="detail-move">
      {other ? (
        <button type="button" className="detail-move__other" onClick={() => showOccupationDetails(other.id)}>
          {other.title}
        </button>
      ) : (
        // A move to an occupation the map does not have (the parser refuses these) still says where it went.
        <span className="detail-move__other">{otherId}</span>
      )}
      {facts.length > 0 && <p className="detail-note">{facts.join(' · ')}</p>}
      {requirements.length > 0 && (
        <>
          <p className="detail-move__label">Requires</p>
          <ul className="detail-move__requirements">
            {requirements.map((requirement, index) => (
              <li key={index}>{requirement}</li>
            ))}
          </ul>
        </>
      )}
      {notes && <p className="detail-move__notes">Notes: {notes}</p>}
      <MoveSources map={map} sourceIds={move.sourceIds} />
    </li>
  );
}

/** "Moves into this job" or "Where this job leads": the map's moves that end or start here. */
export function MovesSection({
  map,
  occupation,
  direction,
  byId,
}: {
  map: PathwayMap;
  occupation: Occupation;
  direction: Direction;
  byId: ReadonlyMap<string, Occupation>;
}) {
  const moves = map.transitions.filter((move) => (direction === 'into' ? move.to : move.from) === occupation.id);
  if (moves.length === 0) return null;
  const titleOf = (id: string) => byId.get(id)?.title ?? map.steps.find((step) => step.id === id)?.title;
  return (
    <DetailSection title={direction === 'into' ? 'Moves into this job' : 'Where this job leads'}>
      <ul className="detail-list detail-moves">
        {moves.map((move) => {
          const otherId = direction === 'into' ? move.from : move.to;
          return <MoveItem key={move.id} map={map} move={move} otherId={otherId} other={byId.get(otherId)} titleOf={titleOf} />;
        })}
      </ul>
    </DetailSection>
  );
}
