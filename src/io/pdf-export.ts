// A vector PDF of the map picture (map-svg.ts): jsPDF makes the document and svg2pdf.js draws the
// same SVG into it as paths and text, so it prints sharp at any size. Both are loaded only when a
// PDF is asked for (about 150 KB gzip), never with the app.

export type PosterSize = 'letter' | 'tabloid' | 'a3' | 'a4';
export type Orientation = 'landscape' | 'portrait';

/** Paper sizes in PDF points (1/72 inch), portrait. */
export const POSTER_SIZES: Readonly<Record<PosterSize, { label: string; width: number; height: number }>> = {
  letter: { label: 'Letter', width: 612, height: 792 },
  tabloid: { label: 'Tabloid', width: 792, height: 1224 },
  a3: { label: 'A3', width: 841.89, height: 1190.55 },
  a4: { label: 'A4', width: 595.28, height: 841.89 },
};

const MARGIN = 24;
const PX_TO_PT = 0.75;

type Page = { width: number; height: number };

function pagesFor(svgWidth: number, svgHeight: number, sizes: readonly PosterSize[], orientation: Orientation): Page[] {
  // No poster size chosen: one page the size of the picture itself.
  if (sizes.length === 0) return [{ width: svgWidth * PX_TO_PT + 2 * MARGIN, height: svgHeight * PX_TO_PT + 2 * MARGIN }];
  return sizes.map((size) => {
    const { width, height } = POSTER_SIZES[size];
    return orientation === 'landscape' ? { width: Math.max(width, height), height: Math.min(width, height) } : { width: Math.min(width, height), height: Math.max(width, height) };
  });
}

/** The map picture as a PDF: one page per poster size chosen, the picture fitted and centred on each. */
export async function svgToPdf(svg: string, sizes: readonly PosterSize[], orientation: Orientation): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const svgWidth = Number(element.getAttribute('width'));
  const svgHeight = Number(element.getAttribute('height'));
  if (!svgWidth || !svgHeight) throw new Error('The map picture has no size.');
  const pages = pagesFor(svgWidth, svgHeight, sizes, orientation);
  const first = pages[0] ?? { width: 612, height: 792 };
  const doc = new jsPDF({ unit: 'pt', format: [first.width, first.height], orientation: first.width > first.height ? 'landscape' : 'portrait', compress: true });
  // svg2pdf reads styles the browser works out, so the picture is on the page (out of sight) while drawn.
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden';
  holder.append(document.importNode(element, true));
  document.body.append(holder);
  try {
    const drawn = holder.firstElementChild;
    if (!drawn) throw new Error('The map picture could not be read.');
    for (const [index, page] of pages.entries()) {
      if (index > 0) doc.addPage([page.width, page.height], page.width > page.height ? 'landscape' : 'portrait');
      const scale = Math.min((page.width - 2 * MARGIN) / svgWidth, (page.height - 2 * MARGIN) / svgHeight);
      const width = svgWidth * scale;
      const height = svgHeight * scale;
      await svg2pdf(drawn, doc, { x: (page.width - width) / 2, y: (page.height - height) / 2, width, height });
    }
  } finally {
    holder.remove();
  }
  return doc.output('blob');
}
