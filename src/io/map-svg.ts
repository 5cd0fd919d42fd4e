import type { Group } from '../domain/schema/map';
import { COLOR_PATTERN } from '../domain/schema/limits';
import { CardBoxes } from '../layout/card-boxes';
import { LARGE_MAP_CARDS } from '../layout/canvas-limits';
import { roundedPath, routeAround, type Point } from '../layout/edge-route';
import { labelWidth, routeArrows } from '../layout/arrow-routes';

/** `badges`: the highlights the card shows on screen (critical, high growth, apprenticeship…). */
export type SvgCard = { id: string; x: number; y: number; width: number; height: number; title: string; lines: string[]; badges?: readonly string[]; colour?: string };
/** What a printed map says about itself under the cards: region, wage basis, sources, date. */
export type SvgFooter = readonly string[];
/** `label`: what the canvas writes on the arrow (e.g. "12 months"). */
export type SvgArrow = { from: string; to: string; kind: 'advancement' | 'lateral' | 'entry'; label?: string };

const PADDING = 40;
const HEADER = 64;
const LEGEND_ROW = 26;
const DASH = { advancement: '', lateral: '8 5', entry: '2 4' } as const;
// Text is laid out without a browser to measure it: these are generous average glyph widths for
// system-ui (bold 14 px titles, 12 px details), so a line never runs past its card.
const TITLE_GLYPH_PX = 8.6;
const DETAIL_GLYPH_PX = 7;
const TEXT_INSET = 16;
// Print-grade: every line is wrapped, never cut (a wage line once ended "(medi…").
const TITLE_LINES = Number.POSITIVE_INFINITY;
const DETAIL_LINES = Number.POSITIVE_INFINITY;
const FOOTER_LINE = 18;
const MOVE_KEY: ReadonlyArray<readonly [SvgArrow['kind'], string]> = [
  ['advancement', 'Advancement (solid arrow)'],
  ['lateral', 'Lateral move (dashed arrow)'],
  ['entry', 'Way in (dotted arrow)'],
];
const LINE_STEP = 18;

/**
 * The whole map as a small, self-contained SVG drawn from card positions: every card with its
 * text, every arrow, the title and the group legend. (Serialising the live DOM instead inlines
 * every computed style: 74 MB for 500 cards.) Map text is escaped, so it can only ever be text.
 */
export function mapToSvg(parts: { title: string; groups: readonly Group[]; cards: readonly SvgCard[]; arrows: readonly SvgArrow[]; footer?: SvgFooter }): string {
  const { title, cards, arrows } = parts;
  const legend = parts.groups.filter((group) => group.label.trim() !== '');
  const footer = parts.footer ?? [];
  const left = Math.min(...cards.map((card) => card.x));
  const top = Math.min(...cards.map((card) => card.y));
  const right = Math.max(...cards.map((card) => card.x + card.width));
  // Each card's height as drawn (grown to hold its text), worked out once.
  const heights = new Map(cards.map((card) => [card.id, drawnHeight(card)]));
  const heightOf = (card: SvgCard) => heights.get(card.id) ?? card.height;
  const bottom = Math.max(...cards.map((card) => card.y + heightOf(card)));
  const groupRows = Math.ceil(legend.length / 3);
  const headerHeight = HEADER + LEGEND_ROW * (groupRows + 1) + 12;
  const width = Math.ceil(Math.max(right - left + 2 * PADDING, 1000));
  const footerLines = footer.flatMap((line) => wrapWords(line, Math.floor((width - 2 * PADDING) / DETAIL_GLYPH_PX), Number.POSITIVE_INFINITY));
  const footerHeight = footerLines.length > 0 ? footerLines.length * FOOTER_LINE + 16 : 0;
  const height = Math.ceil(bottom - top + 2 * PADDING + headerHeight + footerHeight);
  const shiftX = PADDING - left;
  const shiftY = PADDING + headerHeight - top;
  // Each card's box as drawn (grown to hold its text): arrows go around them as on the canvas.
  const boxes = new CardBoxes(cards.map((card) => [card.id, { x: card.x, y: card.y, width: card.width, height: heightOf(card) }] as const));

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#52606d"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PADDING}" y="${HEADER / 2 + 10}" font-size="28" font-weight="600" fill="#1f2933">${escapeXml(title)}</text>`,
  ];
  legend.forEach((group, index) => {
    const x = PADDING + (index % 3) * 320;
    const y = HEADER + Math.floor(index / 3) * LEGEND_ROW + 8;
    out.push(`<rect x="${x}" y="${y}" width="16" height="16" fill="${colourOf(group.color)}"/>`);
    out.push(`<text x="${x + 24}" y="${y + 13}" font-size="16" fill="#1f2933">${escapeXml(group.label)}</text>`);
  });
  // The arrow key: solid, dashed and dotted, drawn as the arrows are.
  const keyY = HEADER + groupRows * LEGEND_ROW + 8;
  MOVE_KEY.forEach(([kind, label], index) => {
    const x = PADDING + index * 320;
    const dash = DASH[kind] ? ` stroke-dasharray="${DASH[kind]}"` : '';
    out.push(`<g class="legend-arrow"><path d="M${x},${keyY + 8} L${x + 36},${keyY + 8}" stroke="#52606d" stroke-width="1.5"${dash} marker-end="url(#arrow)"/><text x="${x + 44}" y="${keyY + 13}" font-size="14" fill="#1f2933">${escapeXml(label)}</text></g>`);
  });
  if (footerLines.length > 0) {
    const footerTop = height - PADDING / 2 - footerLines.length * FOOTER_LINE;
    out.push(`<line x1="${PADDING}" y1="${footerTop - 10}" x2="${width - PADDING}" y2="${footerTop - 10}" stroke="#cbd2d9"/>`);
    footerLines.forEach((line, index) => {
      out.push(`<text class="footer" x="${PADDING}" y="${footerTop + 4 + index * FOOTER_LINE}" font-size="12" fill="#3e4c59">${escapeXml(line)}</text>`);
    });
  }
  out.push(`<g transform="translate(${round(shiftX)} ${round(shiftY)})">`);
  // Above LARGE_MAP_CARDS the canvas keeps arrows plain: the picture draws what the canvas draws.
  // Routed together, as on the canvas (arrow-routes.ts): arrows from different cards kept apart.
  const routes = cards.length <= LARGE_MAP_CARDS ? routeArrows(boxes, arrows.map((arrow, index) => ({ id: String(index), source: arrow.from, target: arrow.to, labelWidth: arrow.label ? labelWidth(arrow.label) : undefined }))) : undefined;
  for (const [index, arrow] of arrows.entries()) {
    const route = routes ? routes.get(String(index)) : plainRoute(boxes, arrow.from, arrow.to);
    if (!route) continue;
    const dash = DASH[arrow.kind] ? ` stroke-dasharray="${DASH[arrow.kind]}"` : '';
    out.push(`<path class="arrow" d="${roundedPath(route.points, 10)}" fill="none" stroke="#52606d" stroke-width="1.5"${dash} marker-end="url(#arrow)"/>`);
    if (arrow.label) {
      // Halo in the page colour, so the label reads where it crosses the arrow.
      out.push(`<text x="${round(route.label.x)}" y="${round(route.label.y - 6)}" text-anchor="middle" font-size="11" fill="#3e4c59" stroke="#ffffff" stroke-width="4" paint-order="stroke">${escapeXml(arrow.label)}</text>`);
    }
  }
  for (const card of cards) out.push(...cardSvg(card, heightOf(card)));
  out.push('</g></svg>');
  return out.join('\n');
}

/** The stepped path between two cards, not routed around others (as the canvas draws a large map). */
function plainRoute(boxes: CardBoxes, fromId: string, toId: string): { points: Point[]; label: Point } | undefined {
  const from = boxes.box(fromId);
  const to = boxes.box(toId);
  return from && to ? routeAround(from, to, []) : undefined;
}

/** One card's title, wrapped onto up to three lines to fit its box. */
function titleLines(card: SvgCard): string[] {
  return wrapWords(card.title, Math.floor((card.width - TEXT_INSET - 10) / TITLE_GLYPH_PX), TITLE_LINES);
}

/** Where a card's detail lines start: under its title. */
const firstDetailLine = (title: readonly string[]) => 24 + (Math.max(title.length, 1) - 1) * LINE_STEP + 22;

/** A card's detail lines, each wrapped to the card's width, then its badges one per line. */
function detailLines(card: SvgCard): Array<{ text: string; badge: boolean }> {
  const perLine = Math.floor((card.width - TEXT_INSET - 10) / DETAIL_GLYPH_PX);
  return [
    ...card.lines.flatMap((line) => wrapWords(line, perLine, DETAIL_LINES).map((text) => ({ text, badge: false }))),
    ...(card.badges ?? []).flatMap((badge) => wrapWords(badge, perLine - 2, DETAIL_LINES).map((text) => ({ text, badge: true }))),
  ];
}

/** A card's height as drawn: it grows to hold its title and every detail line. */
function drawnHeight(card: SvgCard): number {
  return Math.max(card.height, firstDetailLine(titleLines(card)) + (detailLines(card).length - 1) * LINE_STEP + 14);
}

/** One card, `height` tall (drawnHeight): a title wrapped onto up to three lines and every detail line. */
function cardSvg(card: SvgCard, height: number): string[] {
  const textWidth = card.width - TEXT_INSET - 10;
  const title = titleLines(card);
  const firstDetail = firstDetailLine(title);
  const out = [
    `<g transform="translate(${round(card.x)} ${round(card.y)})">`,
    `<rect width="${round(card.width)}" height="${round(height)}" rx="8" fill="#ffffff" stroke="#cbd2d9"/>`,
    `<rect width="6" height="${round(height)}" rx="3" fill="${colourOf(card.colour)}"/>`,
  ];
  title.forEach((line, index) => {
    out.push(`<text x="${TEXT_INSET}" y="${24 + index * LINE_STEP}" font-size="14" font-weight="700" fill="#1f2933">${escapeXml(line)}</text>`);
  });
  detailLines(card).forEach(({ text, badge }, index) => {
    const y = firstDetail + index * LINE_STEP;
    if (badge) {
      out.push(`<rect x="${TEXT_INSET - 4}" y="${y - 12}" width="${round(Math.min(textWidth, text.length * DETAIL_GLYPH_PX + 8))}" height="16" rx="8" fill="#e6f0fa"/>`);
      out.push(`<text class="badge" x="${TEXT_INSET}" y="${y}" font-size="12" font-weight="600" fill="#1d4f91">${escapeXml(text)}</text>`);
    } else {
      out.push(`<text x="${TEXT_INSET}" y="${y}" font-size="12" fill="#52606d">${escapeXml(text)}</text>`);
    }
  });
  out.push('</g>');
  return out;
}

/**
 * Breaks text at spaces into lines of at most `width` characters (a longer word is cut), at most
 * `maxLines` of them; what does not fit ends the last line with "…".
 */
export function wrapWords(text: string, maxWidth: number, maxLines: number): string[] {
  const width = Math.max(1, maxWidth);
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    for (let rest = word; rest !== ''; ) {
      const joined = line === '' ? rest : `${line} ${rest}`;
      if (joined.length <= width) {
        line = joined;
        rest = '';
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines || !Number.isFinite(maxLines)) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = clip(`${kept[maxLines - 1]} ${lines[maxLines]}`, width);
  return kept;
}

/** XML-escapes text and drops characters XML cannot hold (controls, lone surrogates). */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const round = (value: number) => Math.round(value * 10) / 10;
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const colourOf = (colour: string | undefined) => (colour !== undefined && COLOR_PATTERN.test(colour) ? colour : '#9aa5b1');
