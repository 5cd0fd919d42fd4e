import { FindableSelect } from '../../components/findable-select';
import type { Choice } from '../../components/narrow-choices';
import type { SuggestionDraft } from './use-suggestion-draft';

/** "Add a move": the two cards, the selected card filled in as where it starts. */
export function AddMoveFields({ draft, cardChoices }: { draft: SuggestionDraft; cardChoices: readonly Choice[] }) {
  return (
    <>
      <FindableSelect
        id="session-suggestion-from"
        label="From"
        findLabel="Find the card it starts from"
        noun="card"
        placeholder="Choose a card"
        choices={cardChoices}
        value={draft.fromId}
        onChange={draft.setFrom}
      />
      <FindableSelect
        id="session-suggestion-to"
        label="To"
        findLabel="Find the card it leads to"
        noun="card"
        placeholder="Choose a card"
        choices={cardChoices}
        value={draft.to}
        onChange={draft.setTo}
      />
    </>
  );
}
