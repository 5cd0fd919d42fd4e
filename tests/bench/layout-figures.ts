import type { Page } from 'playwright-core';
import { generateMapJson } from './generate-map';
import { BASE_URL } from './preview-server';
import { median } from './statistics';

export const LAYOUT_SIZES = [60, 500, 2000, 5000] as const;

/**
 * Imports a map through the app's own "Import map…", opens it in the editor (where a map without
 * positions is laid out on opening), then clicks "Auto layout" and measures that run: the layout
 * time and the longest main-thread task while it ran.
 */
export async function importAndLayOut(
  page: Page,
  map: Record<string, unknown>,
): Promise<{ ms: number; longestTaskMs: number; longestTaskMsDrawing: number }> {
  // Within the app (no reload), so the layout worker stays warm as it would for a user.
  if (!page.url().startsWith(BASE_URL)) await page.goto(`${BASE_URL}/`);
  else await page.getByRole('link', { name: 'Library', exact: true }).click();
  await page.getByRole('heading', { name: 'Map library' }).waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import map…' }).click();
  await (await chooser).setFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(map)) });
  await page.getByRole('link', { name: 'Edit map' }).click();
  const autoLayout = page.getByRole('button', { name: 'Auto layout' });
  await autoLayout.waitFor({ timeout: 180_000 });
  await page.waitForTimeout(300);
  await autoLayout.waitFor({ timeout: 180_000 }); // the layout on opening has finished…
  await page.waitForTimeout(1500); // …and its cards have settled and the view has fitted
  await page.evaluate(() => {
    performance.clearMarks();
    (window as unknown as { longTasks: PerformanceEntry[] }).longTasks = [];
  });
  await autoLayout.click();
  await page.waitForFunction(() => performance.getEntriesByName('pathway-layout-done').length > 0, undefined, { timeout: 180_000 });
  await page.waitForTimeout(2000); // the cards glide to their places and the view fits
  return page.evaluate(() => {
    const start = performance.getEntriesByName('pathway-layout-start')[0]!.startTime;
    const done = performance.getEntriesByName('pathway-layout-done')[0] as PerformanceMark;
    const tasks = (window as unknown as { longTasks: PerformanceEntry[] }).longTasks;
    // Inline (no named helper): tsx would wrap a named function in a helper the page doesn't have.
    const [during, drawing] = [
      [start, done.startTime],
      [done.startTime, done.startTime + 2000],
    ].map(([from, to]) =>
      Math.round(Math.max(0, ...tasks.filter((t) => t.startTime + t.duration > from! && t.startTime < to!).map((t) => t.duration))),
    );
    return {
      ms: (done.detail as { ms: number }).ms,
      longestTaskMs: during!,
      // Not a budget, but what a user feels next: drawing the new positions and autosaving them.
      longestTaskMsDrawing: drawing!,
    };
  });
}

/** Records long tasks from the first moment of every page, for the "main thread stays free" figure. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store = window as unknown as { longTasks: PerformanceEntry[] };
    store.longTasks = [];
    new PerformanceObserver((list) => store.longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  });
}

/** Layout time per size in one warm page (the worker's first layouts are slower: it is warmed first). */
export async function measureLayouts(
  page: Page,
): Promise<{ layoutMs: Record<string, number>; longestTaskMsDuringLayout2000: number; longestTaskMsDrawingLayout2000: number }> {
  await observeLongTasks(page);
  await importAndLayOut(page, generateMapJson(60));
  await importAndLayOut(page, generateMapJson(60));
  const layoutMs: Record<string, number> = {};
  let longestTaskMsDuringLayout2000 = 0;
  let longestTaskMsDrawingLayout2000 = 0;
  for (const size of LAYOUT_SIZES) {
    // The small sizes take tens of milliseconds, where one run is mostly noise: the median of three.
    const runs = size <= 500 ? 3 : 1;
    const times: number[] = [];
    let result = { ms: 0, longestTaskMs: 0, longestTaskMsDrawing: 0 };
    for (let run = 0; run < runs; run += 1) {
      result = await importAndLayOut(page, generateMapJson(size));
      times.push(result.ms);
    }
    layoutMs[String(size)] = median(times);
    if (size === 2000) {
      longestTaskMsDuringLayout2000 = result.longestTaskMs;
      longestTaskMsDrawingLayout2000 = result.longestTaskMsDrawing;
    }
  }
  return { layoutMs, longestTaskMsDuringLayout2000, longestTaskMsDrawingLayout2000 };
}
