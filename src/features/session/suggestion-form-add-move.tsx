import type { ReactNode } from 'react';
import type { SuggestionDraft } from './use-suggestion-draft';

/** "Add a move": the two cards, the selected card filled in as where it starts. */
export function AddMoveFields({ draft, occupationOptions }: { draft: SuggestionDraft; occupationOptions: ReactNode }) {
  return (
    <>
      <label htmlFor="session-suggestion-from">From</label>
      <select id="session-suggestion-from" value={draft.fromId} onChange={(event) => draft.setFrom(event.target.value)}>
        <option value="">Choose an occupation</option>
        {occupationOptions}
      </select>
      <label htmlFor="session-suggestion-to">To</label>
      <select id="session-suggestion-to" value={draft.to} onChange={(event) => draft.setTo(event.target.value)}>
        <option value="">Choose an occupation</option>
        {occupationOptions}
      </select>
    </>
  );
}
