import type { Page } from 'playwright-core';
import { generateMapJson } from './generate-map';
import { importAndLayOut } from './layout-figures';

/** p95 frame time (ms) while the user drags the canvas around, from requestAnimationFrame gaps. */
async function panP95(page: Page): Promise<number> {
  const pane = page.locator('.map-canvas .react-flow__pane').first();
  await pane.waitFor();
  const canvas = await pane.boundingBox();
  if (!canvas) throw new Error('no canvas to pan');
  // A string, not a function: tsx would wrap a named function in a helper the page doesn't have.
  await page.evaluate(`(() => {
    const frames = [];
    window.frameGaps = frames;
    let last = performance.now();
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (frames.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  for (let sweep = 0; sweep < 4; sweep += 1) {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x + (sweep % 2 ? -250 : 250), centre.y + 120, { steps: 40 });
    await page.mouse.up();
    await page.mouse.wheel(0, sweep % 2 ? -300 : 300);
  }
  const frames = await page.evaluate(() => (window as unknown as { frameGaps: number[] }).frameGaps.slice(2));
  const sorted = [...frames].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length * 0.95)]! * 10) / 10;
}

export async function measurePanning(page: Page): Promise<{ panP95FrameMs2000: number; panP95FrameMsEmpty: number }> {
  // Panned in the viewer, where coaches and students move around a laid-out map.
  await importAndLayOut(page, generateMapJson(2000));
  await page.getByRole('link', { name: 'View', exact: true }).click();
  // Seen whole, a map this large is painted as an overview rather than drawn card by card.
  await page.locator('.map-canvas .react-flow__node, .map-canvas canvas.overview-layer').first().waitFor();
  await page.waitForTimeout(500);
  const panP95FrameMs2000 = await panP95(page);
  const empty = { ...generateMapJson(1), id: 'empty-canvas', title: 'Empty canvas' };
  await importAndLayOut(page, empty);
  await page.getByRole('link', { name: 'View', exact: true }).click();
  await page.locator('.map-canvas .react-flow__node').first().waitFor();
  await page.waitForTimeout(500);
  const panP95FrameMsEmpty = await panP95(page);
  return { panP95FrameMs2000, panP95FrameMsEmpty };
}
