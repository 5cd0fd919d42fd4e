/**
 * The bottom sheet's handle: a full-width button (a 44 px touch target) that opens and closes the
 * panel. Hidden on wide screens, where the panel sits beside the map (viewer.css).
 */
export function SheetHandle({ expanded, onToggle, controls }: { expanded: boolean; onToggle: () => void; controls: string }) {
  return (
    <button type="button" className="sheet-handle" aria-expanded={expanded} aria-controls={controls} onClick={onToggle}>
      <span className="sheet-handle__grip" aria-hidden="true" />
      Details and routes
    </button>
  );
}
