import type { Transition } from '../../../domain/schema/map';
import { moveSentence } from '../details/move-words';

/** The moves out of one card in the outline, each read as a sentence ("→ Registered Nurse, 24 months…"). */
export function OutlineMoves({ from, moves, titleOf }: { from: string; moves: readonly Transition[]; titleOf: (cardId: string) => string }) {
  return (
    <ul className="outline-moves" aria-label={`Where ${from} leads`}>
      {moves.map((move) => (
        <li key={move.id}>
          <span aria-hidden="true">→ </span>
          {moveSentence(move, titleOf(move.to))}
        </li>
      ))}
    </ul>
  );
}
