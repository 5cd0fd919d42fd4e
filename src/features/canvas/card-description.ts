/**
 * A card is a button named by its title alone (a step card by its kind and title); everything else
 * it shows (level, education, wage, highlights, a session's tally) is its description. Why: as a
 * button named by its title but showing more text, it would fail WCAG 2.5.3 (axe's
 * label-content-name-mismatch); named by all its text, a screen reader would read a paragraph for a
 * name. So a card has no aria-label (its name comes from its content), the rest of its content is
 * aria-hidden (out of the name), and the card's aria-describedby points at those hidden parts, then
 * at React Flow's keyboard hint.
 */

/** React Flow's id for a canvas given no `id` prop (the editor's and the session's). */
export const DEFAULT_FLOW_ID = '1';

/**
 * The parts of a card read as its description: "Selected" when several are (the editor), its details,
 * and what a session's room said about it. A part a card does not show names no element, and is skipped.
 */
export type CardPart = 'picked' | 'details' | 'room';

/** The parts every card is described by (a session's cards add 'room'). */
export const CARD_PARTS: readonly CardPart[] = ['picked', 'details'];

export function cardPartId(flowId: string, nodeId: string, part: CardPart): string {
  // An id must hold no space (aria-describedby is a space-separated list); map ids are free text,
  // so anything but letters, digits, _ and - is written as its UTF-16 code (never throws, unlike
  // encodeURIComponent on a lone surrogate).
  const safe = nodeId.replace(/[^A-Za-z0-9_-]/g, (char) => `.${char.charCodeAt(0).toString(16)}.`);
  return `${flowId}-card-${part}-${safe}`;
}

/** React Flow's own description of every card (how to use it from the keyboard), kept last. */
export const reactFlowNodeDescriptionId = (flowId: string) => `react-flow__node-desc-${flowId}`;

/** A card's aria-describedby: its parts, then the keyboard hint (a viewer's marks go first: card-marks.ts). */
export function cardDescribedBy(flowId: string, nodeId: string, parts: readonly CardPart[]): string {
  return [...parts.map((part) => cardPartId(flowId, nodeId, part)), reactFlowNodeDescriptionId(flowId)].join(' ');
}
