import type { Browser } from 'playwright-core';
import { BASE_URL } from './preview-server';
import { median } from './statistics';

/** Sample map: from navigation to every card drawn, median of fresh page loads. */
export async function measureSampleOpen(browser: Browser, runs: number): Promise<number> {
  const openToCardsMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/maps/healthcare-pioneer-valley`);
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node .occupation-card').length >= 11);
    // performance.now() counts from the start of navigation: open → every card drawn.
    openToCardsMs.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  return median(openToCardsMs);
}
