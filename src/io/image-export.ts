
// Chromium refuses canvases past 16,384 px a side: a PNG of a very large map is shrunk to fit
// (the SVG export, map-svg.ts, has no such limit).
const MAX_SIDE = 16_000;

/**
 * A PNG of the whole map, drawn from its SVG picture (map-svg.ts) rather than from the page, so it is
 * the same at any zoom, and a large map (whose cards are not all on the page) is whole.
 */
export async function svgToPng(svg: string, resolution = 1): Promise<Blob> {
  const size = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  const svgWidth = Number(size?.[1] ?? 0);
  const svgHeight = Number(size?.[2] ?? 0);
  if (!svgWidth || !svgHeight) throw new Error('The map picture has no size.');
  // 2× and 3× for print; still within Chromium's canvas limit.
  const scale = Math.min(resolution, MAX_SIDE / Math.max(svgWidth, svgHeight));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svgWidth * scale);
    canvas.height = Math.round(svgHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function loadImage(source: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The map picture could not be drawn.'));
    image.src = source;
  });
}
