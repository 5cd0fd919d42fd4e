/** What a print shows: the map on one page, the map as a poster on a page sized to it, or the selected route as a handout. */
export type PrintKind = 'map' | 'poster' | 'route';

/**
 * Prints one kind of page. The kind is set on <html data-print="…"> while the print dialog is open,
 * so the print stylesheet shows only that part of the page; it is cleared after printing.
 */
export function printView(kind: PrintKind): void {
  const root = document.documentElement;
  root.dataset.print = kind;
  const clear = () => {
    delete root.dataset.print;
    window.removeEventListener('afterprint', clear);
  };
  window.addEventListener('afterprint', clear);
  window.print();
}
