import { formatNumber } from '../../../domain/describe';
import type { PathwayMap } from '../../../domain/schema/map';
import { LARGE_MAP_CARDS } from '../../../layout/canvas-limits';
import './print.css';
import { printView } from './print-view';
import { usePrintFit } from './use-print-fit';
import { usePrintedDate } from './use-printed-date';

/**
 * "Print map": the map on a landscape page with its title, region, sector and the date printed
 * (print.css). Ctrl+P prints the same while the viewer is open. A large map (LARGE_MAP_CARDS) is
 * drawn only where it is in view, so that is what prints, and the page says so.
 */
export function PrintButton({ map }: { map: PathwayMap }) {
  const cards = map.occupations.length;
  usePrintFit();
  const printedOn = usePrintedDate();
  return (
    <>
      <button type="button" onClick={() => printView('map')}>
        Print map
      </button>
      {/* Shown only on paper, where the toolbar's buttons are not. */}
      <span className="print-only print-map__date">Printed {printedOn}</span>
      {cards > LARGE_MAP_CARDS && (
        <span className="print-only print-map__part">
          This page shows the part of the map that was in view: the map has {formatNumber(cards)} occupations, too many for
          one readable page. Zoom and pan to print another part.
        </span>
      )}
    </>
  );
}
