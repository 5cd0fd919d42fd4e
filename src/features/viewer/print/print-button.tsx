import type { PathwayMap } from '../../../domain/schema/map';
import './print.css';
import { printView } from './print-view';
import { usePrintFit } from './use-print-fit';
import { usePrintedDate } from './use-printed-date';

/**
 * "Print map": the map on a landscape page with its title, region, sector and the date printed
 * (print.css). Ctrl+P prints the same while the viewer is open.
 */
export function PrintButton(_props: { map: PathwayMap }) {
  usePrintFit();
  const printedOn = usePrintedDate();
  return (
    <>
      <button type="button" onClick={() => printView('map')}>
        Print map
      </button>
      {/* Shown only on paper, where the toolbar's buttons are not. */}
      <span className="print-only print-map__date">Printed {printedOn}</span>
    </>
  );
}
