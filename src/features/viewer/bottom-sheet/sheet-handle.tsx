import type { Ref } from 'react';

/**
 * The side panel's handle: a button that folds and unfolds it. On a phone it is the bottom sheet's
 * full-width bar (a 44 px touch target); on a wide screen a small button at the top of the panel,
 * an arrow pointing the way it will move (viewer.css). Its name is the same on both.
 */
export function SheetHandle({
  expanded,
  onToggle,
  controls,
  buttonRef,
}: {
  expanded: boolean;
  onToggle: () => void;
  controls: string;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <button ref={buttonRef} type="button" className="sheet-handle" aria-expanded={expanded} aria-controls={controls} onClick={onToggle}>
      <span className="sheet-handle__grip" aria-hidden="true" />
      <span className="sheet-handle__arrow" aria-hidden="true">
        {expanded ? '»' : '«'}
      </span>
      <span className="sheet-handle__label">Details and routes</span>
    </button>
  );
}
