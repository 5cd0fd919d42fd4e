import { FindableSelect } from '../../components/findable-select';
import type { Choice } from '../../components/narrow-choices';
import type { SuggestionDraft } from './use-suggestion-draft';

/** "Remove a move": which one, the selected arrow filled in. */
export function RemoveMoveFields({ draft, moveChoices }: { draft: SuggestionDraft; moveChoices: readonly Choice[] }) {
  return (
    <FindableSelect
      id="session-suggestion-move"
      label="Move"
      findLabel="Find a move"
      noun="move"
      placeholder="Choose a move"
      choices={moveChoices}
      value={draft.moveId}
      onChange={draft.setPickedMove}
    />
  );
}
