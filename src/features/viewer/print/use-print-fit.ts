import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { setPrinting } from '../../canvas/printing';
import { DETAIL_ZOOM } from '../../canvas/zoom';
import { POSTER_MARGIN_MM, posterLayout, printFitTransform, unionBounds, type Bounds, type Corner } from './print-fit';

const FIT_ATTRIBUTE = 'data-print-fit';
const TRANSFORM_PROPERTY = '--print-map-transform';
const CANVAS_WIDTH_PROPERTY = '--print-canvas-width';
const CANVAS_HEIGHT_PROPERTY = '--print-canvas-height';
/** The <style> holding the poster's page size: @page cannot take a custom property. */
export const POSTER_PAGE_STYLE_ID = 'print-poster-page';

/** The cards on the viewer's canvas, in map coordinates, measured from the page as drawn. */
function measureCards(): Bounds | undefined {
  const viewport = document.querySelector<HTMLElement>('.viewer .map-canvas .react-flow__viewport');
  const origin = viewport?.parentElement?.getBoundingClientRect();
  if (!viewport || !origin) return undefined;
  const { a: zoom, e: panX, f: panY } = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
  if (!(zoom > 0)) return undefined;
  const cards = [...viewport.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => {
    const rect = node.getBoundingClientRect();
    return {
      x: (rect.left - origin.left - panX) / zoom,
      y: (rect.top - origin.top - panY) / zoom,
      width: rect.width / zoom,
      height: rect.height / zoom,
    };
  });
  return unionBounds(cards.filter((card) => card.width > 0 && card.height > 0));
}

/** The legend's corner of the canvas (it floats over the map at the top left), as printed. */
function measureLegend(): Corner | undefined {
  const canvas = document.querySelector('.viewer .map-canvas')?.getBoundingClientRect();
  const legend = document.querySelector('.viewer .map-canvas .map-legend')?.getBoundingClientRect();
  if (!canvas || !legend || legend.width === 0) return undefined;
  return { width: legend.right - canvas.left, height: legend.bottom - canvas.top };
}

/**
 * The poster's page, sized to the map (print.css names it): built from numbers only, never from map
 * text. Replaced at each print, removed after.
 */
function setPosterPage(page: { width: number; height: number } | undefined): void {
  document.getElementById(POSTER_PAGE_STYLE_ID)?.remove();
  if (!page) return;
  const style = document.createElement('style');
  style.id = POSTER_PAGE_STYLE_ID;
  style.textContent = `@page pathway-poster { size: ${page.width}mm ${page.height}mm; margin: ${POSTER_MARGIN_MM}mm; }`;
  document.head.append(style);
}

/**
 * While the viewer is open, any print (the button or Ctrl+P) fits the whole map onto the page:
 * just before printing, the cards are drawn as on paper (with their details, whatever the screen's
 * zoom: printing.ts), then measured, and print.css applies the fitting transform. A poster
 * (printView('poster')) is the same fit onto a page sized to the map at reading zoom (posterLayout).
 */
export function usePrintFit(): void {
  useEffect(() => {
    const root = document.documentElement;
    const before = () => {
      // The route handout prints instead of the map.
      if (root.dataset.print === 'route') return;
      // Rendered at once: the browser lays the page out for paper right after beforeprint.
      flushSync(() => setPrinting(true));
      const bounds = measureCards();
      if (!bounds) return;
      const legend = measureLegend();
      if (root.dataset.print === 'poster') {
        const poster = posterLayout(bounds, legend ?? { width: 0, height: 0 }, DETAIL_ZOOM);
        setPosterPage(poster.pageMm);
        root.style.setProperty(CANVAS_WIDTH_PROPERTY, `${poster.canvasMm.width}mm`);
        root.style.setProperty(CANVAS_HEIGHT_PROPERTY, `${poster.canvasMm.height}mm`);
        root.style.setProperty(TRANSFORM_PROPERTY, printFitTransform(bounds, legend, poster.canvasMm));
      } else {
        root.style.setProperty(TRANSFORM_PROPERTY, printFitTransform(bounds, legend));
      }
      root.setAttribute(FIT_ATTRIBUTE, '');
    };
    const after = () => {
      setPrinting(false);
      root.removeAttribute(FIT_ATTRIBUTE);
      root.style.removeProperty(TRANSFORM_PROPERTY);
      root.style.removeProperty(CANVAS_WIDTH_PROPERTY);
      root.style.removeProperty(CANVAS_HEIGHT_PROPERTY);
      setPosterPage(undefined);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, []);
}
