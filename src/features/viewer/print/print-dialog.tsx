import { useId } from 'react';
import { ModalDialog } from '../../../components/modal-dialog';
import { LARGE_MAP_CARDS } from '../../../layout/canvas-limits';
import type { PrintKind } from './print-view';

/** One way to print: its button, and what it gives on paper. */
function Choice({ label, onClick, children }: { label: string; onClick: () => void; children: string }) {
  const descriptionId = useId();
  return (
    <li className="print-choices__choice">
      <button type="button" aria-describedby={descriptionId} onClick={onClick}>
        {label}
      </button>
      <p id={descriptionId}>{children}</p>
    </li>
  );
}

/**
 * "Print…" asks which print: the map on one page, or a poster with readable cards (not for a large
 * map, which prints as the screen draws it). Each choice says what it gives, so nobody prints a
 * wall poster by accident or a page of unreadable cards unawares.
 */
export function PrintDialog({ large, onPrint, onClose }: { large: boolean; onPrint: (kind: PrintKind) => void; onClose: () => void }) {
  return (
    <ModalDialog title="Print" onClose={onClose}>
      <ul className="print-choices">
        <Choice label="Print map" onClick={() => onPrint('map')}>
          The whole map on one landscape Letter or A4 page, with its title and the date, and its sources on a second page.
          The larger the map, the smaller its cards.
        </Choice>
        {!large && (
          <Choice label="Print poster" onClick={() => onPrint('poster')}>
            The whole map on one large page sized to it (up to 48 × 36 inches, ARCH E), its cards at reading size with their
            wage bars and badges, and its sources on a second page. For a plotter or a print shop: choose “Save as PDF” to
            send it.
          </Choice>
        )}
      </ul>
      {large && (
        <p>
          A poster is not offered for a map of more than {LARGE_MAP_CARDS} occupations: at reading size it would be too large
          to print. Zoom in to print the part in view.
        </p>
      )}
      <p>To print a route as a handout for a job seeker, choose it in the Routes tab, then “Print this route”.</p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </ModalDialog>
  );
}
