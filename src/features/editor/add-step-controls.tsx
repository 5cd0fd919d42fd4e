import { STEP_KINDS, type StepKind } from '../../domain/schema/step';
import { STEP_KIND_LABELS } from '../../domain/steps/step-words';
import { EditorActionButton } from './editor-action-button';
import type { EditorContext } from './editor-actions';

/** "Add step" with the kind of step it adds (its key, S, adds the kind chosen here). */
export function AddStepControls({
  kind,
  onKindChange,
  context,
}: {
  kind: StepKind;
  onKindChange: (kind: StepKind) => void;
  context: () => EditorContext;
}) {
  return (
    <div className="toolbar" role="group" aria-label="Steps">
      <label className="inline-field">
        Kind of step
        <select value={kind} onChange={(event) => onKindChange(event.target.value as StepKind)}>
          {STEP_KINDS.map((value) => (
            <option key={value} value={value}>
              {STEP_KIND_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <EditorActionButton id="addStep" context={context} />
    </div>
  );
}
