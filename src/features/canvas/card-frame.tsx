import { useContext, type ReactNode } from 'react';
import { Handle, Position } from '@xyflow/react';
import './canvas.css';
import { safeColour } from './safe-colour';
import { SeveralSelected } from './several-selected';
import { useZoomedOut } from './zoom';
import { useCardPartId } from './card-description-part';

type CardFrameProps = {
  /** Classes of the card's kind, after the shared `occupation-card` ones. */
  kindClass?: string;
  colour: string | undefined;
  selected: boolean;
  isConnectable: boolean;
  /**
   * What the card shows, told whether the canvas is zoomed out (title only). Only its name (the title)
   * is read as such: the rest goes in a <CardDescriptionPart part="details"> or is aria-hidden.
   */
  children: (zoomedOut: boolean) => ReactNode;
};

/**
 * What every card on a canvas shares, whatever its kind: the group colour on its edge, the two
 * handles arrows end at (always drawn, so arrows keep their ends; whether they accept connections is
 * the canvas's `nodesConnectable`), the compact look when zoomed out, and "Selected" when several are.
 */
export function CardFrame({ kindClass, colour, selected, isConnectable, children }: CardFrameProps) {
  const zoomedOut = useZoomedOut();
  const safe = safeColour(colour);
  const several = useContext(SeveralSelected);
  const picked = selected && several;
  return (
    <div
      className={`occupation-card${kindClass ? ` ${kindClass}` : ''}${zoomedOut ? ' occupation-card--compact' : ''}${picked ? ' occupation-card--picked' : ''}`}
      style={safe ? { borderLeftColor: safe } : undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={isConnectable} />
      {picked && <PickedMark />}
      {children(zoomedOut)}
      <Handle type="source" position={Position.Right} isConnectable={isConnectable} />
    </div>
  );
}

/** "✓ Selected" on one of several selected cards: part of its description, not its name (card-description.ts). */
function PickedMark() {
  return (
    <span className="occupation-card__picked" aria-hidden="true" id={useCardPartId('picked')}>
      ✓ Selected
    </span>
  );
}
