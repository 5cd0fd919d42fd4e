import type { PathwayMap } from '../../domain/schema/map';
import { SUGGESTION_KIND_LABELS } from '../../domain/session/titles-at-time';
import type { SessionTarget } from './session-store';
import { AddMoveFields } from './suggestion-form-add-move';
import { useMapChoices } from './suggestion-form-choices';
import { RemoveMoveFields } from './suggestion-form-remove-move';
import { SetFieldFields } from './suggestion-form-set-field';
import { useSuggestionDraft, type SuggestionKind as Kind } from './use-suggestion-draft';

const KIND_LABELS: Readonly<Record<Kind, string>> = SUGGESTION_KIND_LABELS;

/**
 * A change the room asks for, recorded as feedback (not applied): add or remove a move, or change a
 * field of the selected card or arrow. The builder accepts or dismisses it later, in the list below.
 * One sub-form per kind of change; the draft (use-suggestion-draft.ts) holds what is typed and records it.
 */
export function SuggestionForm({ map, target, speaking }: { map: PathwayMap; target: SessionTarget; speaking: string | undefined }) {
  const draft = useSuggestionDraft(map, target, speaking);
  const { kind, shownWarning } = draft;
  const { cardChoices, moveChoices } = useMapChoices(map);

  return (
    <section className="session-section" aria-labelledby="session-suggest-title">
      <h2 id="session-suggest-title">Suggest a change</h2>
      <form className="session-suggestion-form" onSubmit={draft.submit}>
        <label htmlFor="session-suggestion-kind">Change</label>
        <select id="session-suggestion-kind" value={kind} onChange={(event) => draft.setKind(event.target.value as Kind)}>
          {(Object.keys(KIND_LABELS) as Kind[]).map((option) => (
            <option key={option} value={option}>
              {KIND_LABELS[option]}
            </option>
          ))}
        </select>

        {kind === 'add-transition' && <AddMoveFields draft={draft} cardChoices={cardChoices} />}
        {kind === 'remove-transition' && <RemoveMoveFields draft={draft} moveChoices={moveChoices} />}
        {kind === 'set-field' && <SetFieldFields map={map} draft={draft} />}

        {shownWarning && (
          <div className="session-wage-warning" role="alert">
            <p>{shownWarning}</p>
            <button type="button" onClick={draft.recordAsTyped}>
              Record it as typed
            </button>
          </div>
        )}

        <label htmlFor="session-suggestion-note">Why (optional)</label>
        <input id="session-suggestion-note" value={draft.note} onChange={(event) => draft.setNote(event.target.value)} autoComplete="off" />
        <button type="submit">Suggest change</button>
      </form>
    </section>
  );
}
