import { readFileSync } from 'node:fs';
import { toLayoutMap } from '../../../src/layout/layout-map';
import ELK from 'elkjs/lib/elk.bundled.js';
import { parseMap } from '../../../src/domain/parse';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { bandOf } from '../../../src/layout/ladder-layers';
import { cardSize, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type Point, type Size } from '../../../src/layout/layout-options';
import { layoutInProcess } from '../../../src/layout/layout-in-process';
import { generateMapJson } from '../../bench/generate-map';

// Shared by the layout tests: real elk in Node, maps from the sample and the bench generator.
export const elk = new ELK();

function parsed(text: string): PathwayMap {
  const result = parseMap(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

export const sampleMap = (): PathwayMap =>
  parsed(readFileSync(new URL('../../../fixtures/healthcare-pioneer-valley.json', import.meta.url), 'utf8'));

export const generatedMap = (occupations: number, transitions?: number): PathwayMap =>
  parsed(JSON.stringify(generateMapJson(occupations, transitions)));

/** Sizes like measured cards: 240 wide, 110–150 tall, differing from card to card. */
export function measuredSizes(map: PathwayMap): Map<string, Size> {
  return new Map(map.occupations.map((occupation, i) => [occupation.id, { width: 240, height: 110 + ((i * 7) % 41) }]));
}

export function layOut(
  map: PathwayMap,
  options: Partial<LayoutOptions> = {},
  sizes: ReadonlyMap<string, Size> = measuredSizes(map),
  pinned: ReadonlySet<string> = new Set(),
): Promise<Map<string, Point>> {
  return layoutInProcess(elk, toLayoutMap(map), sizes, { ...DEFAULT_LAYOUT_OPTIONS, ...options }, pinned);
}

/** Pairs of cards whose boxes share any area. */
export function overlaps(positions: ReadonlyMap<string, Point>, sizes: ReadonlyMap<string, Size>): string[] {
  const boxes = [...positions].map(([id, p]) => ({ id, ...p, ...cardSize(sizes, id) }));
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        found.push(`${a.id} × ${b.id}`);
      }
    }),
  );
  return found;
}

/**
 * Where each rung's cards begin and end along the reading direction: [start, end] per band
 * (entry, middle or no level, advanced). Bands without cards are left out.
 */
export function bandSpans(map: PathwayMap, positions: ReadonlyMap<string, Point>, sizes: ReadonlyMap<string, Size>, direction: 'RIGHT' | 'DOWN' = 'RIGHT') {
  const spans: { band: number; start: number; end: number }[] = [];
  for (const occupation of map.occupations) {
    const p = positions.get(occupation.id);
    if (!p) continue;
    const size = cardSize(sizes, occupation.id);
    const [start, length] = direction === 'RIGHT' ? [p.x, size.width] : [p.y, size.height];
    const band = bandOf(occupation, map.levels.map((level) => level.id));
    const span = spans.find((s) => s.band === band) ?? spans[spans.push({ band, start, end: start + length }) - 1];
    if (span) {
      span.start = Math.min(span.start, start);
      span.end = Math.max(span.end, start + length);
    }
  }
  return spans.sort((a, b) => a.band - b.band);
}

/** True when every card of a lower rung ends before every card of a higher rung begins. */
export function bandsInOrder(spans: { start: number; end: number }[]): boolean {
  return spans.every((span, i) => i === 0 || (spans[i - 1]?.end ?? -Infinity) < span.start);
}

/** Groups met twice walking down one column (along one row, downwards): a group split by another. */
export function splitGroups(
  map: PathwayMap,
  positions: ReadonlyMap<string, Point>,
  sizes: ReadonlyMap<string, Size>,
  direction: 'RIGHT' | 'DOWN' = 'RIGHT',
): string[] {
  const cards = map.occupations.flatMap((occupation) => {
    const p = positions.get(occupation.id);
    if (!p) return [];
    const size = cardSize(sizes, occupation.id);
    const [along, length, across] = direction === 'RIGHT' ? [p.x, size.width, p.y] : [p.y, size.height, p.x];
    return [{ along, end: along + length, across, group: occupation.groupId ?? '' }];
  });
  // Columns: runs of cards whose spans along the reading direction overlap.
  const columns: (typeof cards)[] = [];
  let columnEnd = -Infinity;
  for (const card of cards.sort((a, b) => a.along - b.along)) {
    if (card.along < columnEnd) columns[columns.length - 1]?.push(card);
    else columns.push([card]);
    columnEnd = Math.max(card.along < columnEnd ? columnEnd : -Infinity, card.end);
  }
  const split: string[] = [];
  for (const column of columns) {
    const runs = column
      .sort((a, b) => a.across - b.across)
      .map((card) => card.group)
      .filter((group, i, all) => group !== all[i - 1]);
    runs.forEach((group, i) => {
      if (runs.indexOf(group) !== i) split.push(group);
    });
  }
  return split;
}
