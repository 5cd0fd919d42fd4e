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
 * drawn as an overview from afar, and only where it is in view when closer: that is what prints, and
 * the page says which.
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
        // Which one prints is up to print.css: the overview (seen from afar) or the cards in view.
        <>
          <span className="print-only print-map__part print-map__part--afar">
            The map has {formatNumber(cards)} occupations, too many to read on one page: this page shows all of it from
            afar, each card as a block. Zoom in to print a part you can read.
          </span>
          <span className="print-only print-map__part print-map__part--in-view">
            The map has {formatNumber(cards)} occupations, too many to read on one page: this page shows the part that was
            in view. Zoom and pan to print another part.
          </span>
        </>
      )}
    </>
  );
}
