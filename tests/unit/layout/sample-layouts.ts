import { readdirSync, readFileSync } from 'node:fs';
import { parseMap } from '../../../src/domain/parse';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { CardBoxes } from '../../../src/layout/card-boxes';
import { TALLEST_CARD_SIZE } from '../../../src/layout/card-geometry';
import type { Rect } from '../../../src/layout/edge-route';
import type { Point } from '../../../src/layout/layout-options';
import { layOut } from './layout-helpers';

const folder = new URL('../../../fixtures/', import.meta.url);

/** Every sample map in fixtures/, by file name. */
export const sampleFiles: string[] = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();

export function loadSample(file: string): PathwayMap {
  const result = parseMap(readFileSync(new URL(file, folder), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

/**
 * A sample laid out as the viewer lays it out: default options, no measured sizes, so every card
 * counts as the tallest card (TALLEST_CARD_SIZE, 240 × 150; measured cards are 100–150 tall).
 */
export async function viewerLayout(map: PathwayMap): Promise<{ positions: Map<string, Point>; boxes: CardBoxes }> {
  const positions = await layOut(map, {}, new Map());
  const entries: [string, Rect][] = [...positions].map(([id, { x, y }]) => [id, { x, y, ...TALLEST_CARD_SIZE }]);
  return { positions, boxes: new CardBoxes(entries) };
}
