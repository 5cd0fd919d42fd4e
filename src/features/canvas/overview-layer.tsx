import { useStore, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import type { OverviewLine, OverviewPicture } from './overview';
import './overview.css';

const ARROW_COLOUR = 'rgb(82 96 109 / 0.55)';
const ROUTE_COLOUR = '#0b5cad';
const SELECTED_COLOUR = '#1f2933';

const selectView = (state: ReactFlowState) => state.transform;
const selectWidth = (state: ReactFlowState) => state.width;
const selectHeight = (state: ReactFlowState) => state.height;

/**
 * The zoomed-out drawing of a large map (see OVERVIEW_ZOOM): one canvas over the pane, repainted when
 * the view moves. Only what is on screen is painted. It takes no pointer events, so dragging and
 * scrolling reach React Flow's pane beneath as usual.
 */
export function OverviewLayer({ picture }: { picture: OverviewPicture }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [x, y, zoom] = useStore(selectView);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(zoom * ratio, 0, 0, zoom * ratio, x * ratio, y * ratio);
    paint(context, picture, { left: -x / zoom, top: -y / zoom, right: (width - x) / zoom, bottom: (height - y) / zoom }, zoom);
  }, [picture, x, y, zoom, width, height]);

  return (
    <>
      <canvas ref={canvasRef} className="overview-layer" style={{ width, height }} aria-hidden="true" />
      <p className="overview-hint">Seen from afar, cards are drawn as blocks. Zoom in to read them and pick one.</p>
    </>
  );
}

type Area = { left: number; top: number; right: number; bottom: number };

function paint(context: CanvasRenderingContext2D, picture: OverviewPicture, area: Area, zoom: number): void {
  // Lines first, each kind in one path: one stroke for thousands of moves.
  strokeLines(context, picture.lines, area, false, ARROW_COLOUR, 1 / zoom);
  strokeLines(context, picture.lines, area, true, ROUTE_COLOUR, 4 / zoom);

  for (const card of picture.cards) {
    if (card.x > area.right || card.x + card.width < area.left || card.y > area.bottom || card.y + card.height < area.top) continue;
    context.globalAlpha = card.dimmed ? 0.2 : 1;
    context.fillStyle = card.colour;
    context.fillRect(card.x, card.y, card.width, card.height);
    context.globalAlpha = 1;
    if (card.onRoute || card.selected) {
      context.strokeStyle = card.selected ? SELECTED_COLOUR : ROUTE_COLOUR;
      context.lineWidth = (card.selected ? 8 : 5) / zoom;
      context.strokeRect(card.x, card.y, card.width, card.height);
    }
  }
}

function strokeLines(
  context: CanvasRenderingContext2D,
  lines: readonly OverviewLine[],
  area: Area,
  onRoute: boolean,
  colour: string,
  width: number,
): void {
  context.beginPath();
  for (const line of lines) {
    if (line.onRoute !== onRoute) continue;
    if (Math.max(line.x1, line.x2) < area.left || Math.min(line.x1, line.x2) > area.right) continue;
    if (Math.max(line.y1, line.y2) < area.top || Math.min(line.y1, line.y2) > area.bottom) continue;
    context.moveTo(line.x1, line.y1);
    context.lineTo(line.x2, line.y2);
  }
  context.strokeStyle = colour;
  context.lineWidth = width;
  context.stroke();
}
