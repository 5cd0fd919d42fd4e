import { describe, expect, it } from 'vitest';
import { routeArrows } from '../../../src/layout/arrow-routes';
import { CARD_WIDTH } from '../../../src/layout/card-geometry';
import { arrowsRunningTogether, type DrawnArrow } from '../../support/arrow-overlaps';
import { loadSample, sampleFiles, viewerLayout } from './sample-layouts';

/** Two arrows may touch where one turns across the other's line (a rounded corner's length). */
const TOUCHING_CORNERS = 4;

// The samples as the viewer lays them out, with the arrows the canvas draws (routeArrows feeds use-arrow-path.ts).
describe.each(sampleFiles)('the arrows of %s', (file) => {
  it('never run together with an arrow from another card for more than a card’s width', async () => {
    const map = loadSample(file);
    const { boxes } = await viewerLayout(map);
    const routes = routeArrows(boxes, map.transitions.map(({ id, from, to }) => ({ id, source: from, target: to })));
    const titles = new Map([...map.occupations, ...map.steps].map((card) => [card.id, card.title]));
    const arrows: DrawnArrow[] = map.transitions.flatMap(({ id, from, to }) => {
      const route = routes.get(id);
      return route ? [{ name: `${titles.get(from)} → ${titles.get(to)}`, source: from, target: to, points: route.points }] : [];
    });
    expect(arrows).toHaveLength(map.transitions.length);
    expect(arrowsRunningTogether(arrows, CARD_WIDTH)).toEqual([]);
    // Arrows from different cards into different cards never run along one line at all: it would read as a move that is not there.
    expect(arrowsRunningTogether(arrows, TOUCHING_CORNERS, { strangers: true })).toEqual([]);
  });
});
