import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { generateMapJson } from './generate-map';
import { BASE_URL } from './preview-server';

/** The map sizes whose renderer memory is measured: occupations and transitions. */
export const MEMORY_SIZES = [
  [2000, 8000],
  [5000, 20000],
] as const;

export type MemoryFigure = {
  /**
   * Peak resident memory of Chromium's renderer processes (page and layout worker), MB, from opening
   * to the save after an edit: the steps the budget (< 1 GB at the documented limits) is about.
   */
  rendererPeakMb: number;
  /** The same peak while the session opens and the map prints from the viewer (after the save). */
  sessionAndPrintPeakMb: number;
  /** Peak JavaScript heap of the page (CDP Performance.getMetrics, JSHeapTotalSize), MB. */
  pageJsHeapPeakMb: number;
  crashed: boolean;
  /** How far the run got: opened, laidOut, panned, edited, saved, session, printed. */
  reached: string;
  /** The renderers' peak while working towards each step (MB): where the memory goes. */
  rendererPeakMbBy: Record<string, number>;
};

const mb = (bytes: number) => Math.round(bytes / 1e6);

/** Resident memory of one process in bytes, read from /proc (Linux, as on the CI machines). */
function residentBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the process has gone
  }
}

/**
 * Samples the renderers' memory and the page's heap every 250 ms until stopped; keeps the peaks,
 * and the renderers' peak on the way to each step (`towards()` names it).
 */
function sampleMemory(browserSession: CDPSession, pageSession: CDPSession, towards: () => string) {
  const peaks = { renderer: 0, heap: 0, by: {} as Record<string, number> };
  let stopped = false;
  const sample = async () => {
    const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    const renderers = processInfo.filter((process) => process.type === 'renderer');
    const resident = renderers.reduce((sum, process) => sum + residentBytes(process.id), 0);
    peaks.renderer = Math.max(peaks.renderer, resident);
    const step = towards();
    peaks.by[step] = Math.max(peaks.by[step] ?? 0, mb(resident));
    const { metrics } = await pageSession.send('Performance.getMetrics');
    peaks.heap = Math.max(peaks.heap, metrics.find((metric) => metric.name === 'JSHeapTotalSize')?.value ?? 0);
  };
  const loop = (async () => {
    while (!stopped) {
      await sample().catch(() => undefined); // a crashed page answers no more
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return peaks;
    },
  };
}

/**
 * Opens a generated map of the given size as a user would (Import map…, the viewer, then the
 * editor), waits for each canvas to be at rest, pans, renames a card and waits for the save, opens
 * the session canvas, then prints from the viewer, while sampling the renderer's memory. Each size runs in a fresh browser context, so a fresh renderer.
 */
export async function measureMemory(browser: Browser, occupations: number, transitions: number): Promise<MemoryFigure> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  const browserSession = await browser.newBrowserCDPSession();
  const pageSession = await context.newCDPSession(page);
  await pageSession.send('Performance.enable');
  let crashed = false;
  page.on('crash', () => (crashed = true));
  let reached = 'nothing';
  const steps = ['opened', 'laidOut', 'panned', 'edited', 'saved', 'session', 'printed'];
  const sampler = sampleMemory(browserSession, pageSession, () => steps[steps.indexOf(reached) + 1] ?? 'after');
  try {
    await runUserSteps(page, generateMapJson(occupations, transitions), (step) => (reached = step));
  } catch (error) {
    if (!crashed) console.warn(`memory bench ${occupations}/${transitions} stopped after "${reached}":`, error);
  }
  const peaks = await sampler.stop();
  await browserSession.detach().catch(() => undefined);
  await context.close();
  const peakOver = (names: readonly string[]) => Math.max(0, ...names.map((name) => peaks.by[name] ?? 0));
  return {
    rendererPeakMb: peakOver(steps.slice(0, steps.indexOf('saved') + 1)),
    sessionAndPrintPeakMb: peakOver(['session', 'printed', 'after']),
    pageJsHeapPeakMb: mb(peaks.heap),
    crashed,
    reached,
    rendererPeakMbBy: peaks.by,
  };
}

async function runUserSteps(page: Page, map: Record<string, unknown>, reach: (step: string) => void): Promise<void> {
  const timeout = 300_000;
  const atRest = (name: RegExp) =>
    page.waitForFunction(
      (source) => {
        const region = [...document.querySelectorAll('[role="region"]')].find((element) =>
          new RegExp(source).test(element.getAttribute('aria-label') ?? ''),
        );
        return region?.getAttribute('aria-busy') === 'false';
      },
      name.source,
      { timeout, polling: 250 },
    );
  await page.goto(`${BASE_URL}/`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import map…' }).click();
  await (await chooser).setFiles({ name: 'limits.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(map)) });
  await page.getByRole('link', { name: 'Edit map' }).waitFor({ timeout });
  await atRest(/^Pathway map:/);
  reach('opened');
  await page.getByRole('link', { name: 'Edit map' }).click();
  const canvas = page.getByRole('region', { name: /^Pathway map editor:/ });
  await canvas.waitFor({ timeout });
  await atRest(/^Pathway map editor:/);
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await atRest(/^Pathway map editor:/);
  reach('laidOut');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 4, box.y + box.height / 3, { steps: 20 });
  await page.mouse.up();
  await atRest(/^Pathway map editor:/);
  reach('panned');
  await page.getByRole('button', { name: 'Add occupation' }).click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Title', exact: true }).fill('Bench card');
  reach('edited');
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout });
  reach('saved');
  await page.getByRole('link', { name: 'Run a session' }).click();
  await page.getByRole('region', { name: /^Session map:/ }).waitFor({ timeout });
  await atRest(/^Session map:/);
  reach('session');
  await page.goBack();
  await page.goBack();
  await atRest(/^Pathway map:/);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.getByText(/too many to read on one page/).filter({ visible: true }).waitFor({ timeout });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  reach('printed');
}
