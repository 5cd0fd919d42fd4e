import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatNumber } from '../../../domain/describe';
import type { PathwayMap } from '../../../domain/schema/map';
import { LARGE_MAP_CARDS } from '../../../layout/canvas-limits';
import './print.css';
import { PrintDialog } from './print-dialog';
import { printView, type PrintKind } from './print-view';
import { usePrintFit } from './use-print-fit';
import { usePrintedDate } from './use-printed-date';

/**
 * "Print…": a choice of the map on one landscape page with its title, region, sector and the date
 * printed, or a poster of it with readable cards (print.css, print-dialog.tsx). Ctrl+P prints the map
 * on one page while the viewer is open. A large map (LARGE_MAP_CARDS) is drawn as an overview from
 * afar, and only where it is in view when closer: that is what prints, and the page says which.
 */
export function PrintButton({ map }: { map: PathwayMap }) {
  const cards = map.occupations.length;
  const [choosing, setChoosing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  usePrintFit();
  const printedOn = usePrintedDate();
  const print = (kind: PrintKind) => {
    // The dialog closes first, so it is neither on paper nor holding focus while the print dialog is open.
    flushSync(() => setChoosing(false));
    // The dialog was removed rather than closed, so the browser cannot hand focus back: "Print…" takes it.
    button.current?.focus();
    printView(kind);
  };
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setChoosing(true)}>
        Print…
      </button>
      {choosing && <PrintDialog large={cards > LARGE_MAP_CARDS} onPrint={print} onClose={() => setChoosing(false)} />}
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
