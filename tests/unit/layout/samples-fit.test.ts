import { describe, expect, it } from 'vitest';
import { TALLEST_CARD_SIZE } from '../../../src/layout/card-geometry';
import { overlaps } from './layout-helpers';
import { loadSample, sampleFiles, viewerLayout } from './sample-layouts';

/**
 * What the viewer can show whole at a readable zoom (0.6) in its ~1,320 × 600 px canvas at 1366 × 768,
 * in canvas pixels (1,320 / 0.6 ≈ 2,200 and 600 / 0.6 = 1,000, less a margin).
 */
const READABLE_WHOLE = { width: 2100, height: 950 };

// Every card counts as the tallest (240 × 150), as when the viewer lays a sample out.
describe.each(sampleFiles)('%s laid out as the viewer does', (file) => {
  it(`fits in ${READABLE_WHOLE.width} × ${READABLE_WHOLE.height} canvas pixels, no two cards overlapping`, async () => {
    const map = loadSample(file);
    const { positions } = await viewerLayout(map);
    const xs = [...positions.values()].map((p) => p.x);
    const ys = [...positions.values()].map((p) => p.y);
    const width = Math.max(...xs) + TALLEST_CARD_SIZE.width - Math.min(...xs);
    const height = Math.max(...ys) + TALLEST_CARD_SIZE.height - Math.min(...ys);
    expect(width, 'width').toBeLessThanOrEqual(READABLE_WHOLE.width);
    expect(height, 'height').toBeLessThanOrEqual(READABLE_WHOLE.height);
    expect(overlaps(positions, new Map())).toEqual([]);
  });
});
