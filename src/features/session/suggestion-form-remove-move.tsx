import type { ReactNode } from 'react';
import type { SuggestionDraft } from './use-suggestion-draft';

/** "Remove a move": which one, the selected arrow filled in. */
export function RemoveMoveFields({ draft, moveOptions }: { draft: SuggestionDraft; moveOptions: ReactNode }) {
  return (
    <>
      <label htmlFor="session-suggestion-move">Move</label>
      <select id="session-suggestion-move" value={draft.moveId} onChange={(event) => draft.setPickedMove(event.target.value)}>
        <option value="">Choose a move</option>
        {moveOptions}
      </select>
    </>
  );
}
