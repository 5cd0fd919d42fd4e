import { FindableSelect } from '../../components/findable-select';
import type { Choice } from '../../components/narrow-choices';
import type { SuggestionDraft } from './use-suggestion-draft';

/** "Add a move": the two cards, the selected card filled in as where it starts. */
export function AddMoveFields({ draft, occupationChoices }: { draft: SuggestionDraft; occupationChoices: readonly Choice[] }) {
  return (
    <>
      <FindableSelect
        id="session-suggestion-from"
        label="From"
        findLabel="Find the occupation it starts from"
        noun="occupation"
        placeholder="Choose an occupation"
        choices={occupationChoices}
        value={draft.fromId}
        onChange={draft.setFrom}
      />
      <FindableSelect
        id="session-suggestion-to"
        label="To"
        findLabel="Find the occupation it leads to"
        noun="occupation"
        placeholder="Choose an occupation"
        choices={occupationChoices}
        value={draft.to}
        onChange={draft.setTo}
      />
    </>
  );
}
