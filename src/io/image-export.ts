import { toPng } from 'html-to-image';
import type { Group } from '../domain/schema/map';
import { COLOR_PATTERN } from '../domain/schema/limits';

export type Bounds = { x: number; y: number; width: number; height: number };

const PADDING = 40;
const HEADER_HEIGHT = 64;
const LEGEND_ROW = 26;
// Chromium refuses canvases past 16,384 px a side: a PNG of a very large map is shrunk to fit
// (the SVG export, map-svg.ts, has no such limit).
const MAX_SIDE = 16_000;
const FONT = '600 28px system-ui, sans-serif';
const LEGEND_FONT = '16px system-ui, sans-serif';

/**
 * A PNG of the whole map (not just what is on screen) with its title and group legend, drawn from
 * React Flow's viewport element: every card and arrow, at full size unless the map is too large.
 */
export async function exportMapPng(options: {
  viewport: HTMLElement;
  bounds: Bounds;
  title: string;
  groups: readonly Group[];
}): Promise<Blob> {
  const { viewport, bounds, title, groups } = options;
  const legend = groups.filter((group) => group.label.trim() !== '');
  const mapWidth = Math.ceil(bounds.width + 2 * PADDING);
  const mapHeight = Math.ceil(bounds.height + 2 * PADDING);
  const top = HEADER_HEIGHT + (legend.length > 0 ? LEGEND_ROW * Math.ceil(legend.length / 3) + 12 : 0);
  const scale = Math.min(1, MAX_SIDE / Math.max(mapWidth, mapHeight + top));
  const width = Math.round(Math.max(mapWidth, 720) * scale);
  const height = Math.round((mapHeight + top) * scale);
  const picture = {
    width: Math.round(mapWidth * scale),
    height: Math.round(mapHeight * scale),
    style: {
      width: `${mapWidth}px`,
      height: `${mapHeight}px`,
      transform: `scale(${scale}) translate(${PADDING - bounds.x}px, ${PADDING - bounds.y}px)`,
      transformOrigin: '0 0',
    },
    backgroundColor: '#ffffff',
    skipFonts: true,
  };

  const image = await loadImage(await toPng(viewport, { ...picture, pixelRatio: 1 }));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.scale(scale, scale);
  drawHeader(context, title, legend);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(image, 0, Math.round(top * scale));
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}

/**
 * A PNG drawn from the map's SVG picture (map-svg.ts) rather than from the page. Used for large maps,
 * whose cards the canvas does not all keep on the page (only those on screen, or none when zoomed out).
 */
export async function svgToPng(svg: string): Promise<Blob> {
  const size = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  const svgWidth = Number(size?.[1] ?? 0);
  const svgHeight = Number(size?.[2] ?? 0);
  if (!svgWidth || !svgHeight) throw new Error('The map picture has no size.');
  const scale = Math.min(1, MAX_SIDE / Math.max(svgWidth, svgHeight));
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

function drawHeader(context: CanvasRenderingContext2D, title: string, legend: readonly Group[]): void {
  context.fillStyle = '#1f2933';
  context.font = FONT;
  context.textBaseline = 'middle';
  context.fillText(title, PADDING, HEADER_HEIGHT / 2);
  context.font = LEGEND_FONT;
  legend.forEach((group, index) => {
    const x = PADDING + (index % 3) * 320;
    const y = HEADER_HEIGHT + Math.floor(index / 3) * LEGEND_ROW + 8;
    context.fillStyle = safeColour(group.color);
    context.fillRect(x, y, 16, 16);
    context.fillStyle = '#1f2933';
    context.fillText(group.label, x + 24, y + 8);
  });
}

function safeColour(colour: string | undefined): string {
  return colour !== undefined && COLOR_PATTERN.test(colour) ? colour : '#9aa5b1';
}

function loadImage(source: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The map picture could not be drawn.'));
    image.src = source;
  });
}
