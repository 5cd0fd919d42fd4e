import type { LayoutDirection, LayoutOptions, LayoutSpacing } from '../../layout/layout-options';
import { EditorActionButton } from './editor-action-button';
import type { EditorContext } from './editor-actions';

/** "Auto layout" with its options: direction, spacing, and keeping cards placed by hand. */
export function LayoutControls({
  running,
  options,
  onOptionsChange: setOptions,
  context,
}: {
  running: boolean;
  options: LayoutOptions;
  onOptionsChange: (options: LayoutOptions) => void;
  /** The editor's actions' context: "Auto layout" runs with the options shown here. */
  context: () => EditorContext;
}) {
  return (
    <div className="toolbar" role="group" aria-label="Layout">
      <EditorActionButton id="layout" context={context} busy={running}>
        {running ? 'Laying out…' : undefined}
      </EditorActionButton>
      <label className="inline-field">
        Direction
        <select
          value={options.direction}
          onChange={(event) => setOptions({ ...options, direction: event.target.value as LayoutDirection })}
        >
          <option value="RIGHT">Left to right</option>
          <option value="DOWN">Top to bottom</option>
        </select>
      </label>
      <label className="inline-field">
        Spacing
        <select value={options.spacing} onChange={(event) => setOptions({ ...options, spacing: event.target.value as LayoutSpacing })}>
          <option value="compact">Compact</option>
          <option value="normal">Normal</option>
          <option value="roomy">Roomy</option>
        </select>
      </label>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={options.keepPinned}
          onChange={(event) => setOptions({ ...options, keepPinned: event.target.checked })}
        />
        Keep cards I moved
      </label>
    </div>
  );
}
