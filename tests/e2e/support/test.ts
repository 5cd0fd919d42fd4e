import { test as base, type BrowserContext, type Page } from '@playwright/test';

/**
 * Playwright's `test`, with Chromium's CPU slowed down on every page when E2E_CPU_THROTTLE is set
 * (e.g. E2E_CPU_THROTTLE=4 runs as on a machine four times slower): a test that only passes on a
 * fast machine waits on time, not on what the app says.
 */
export const test = base.extend<{ cpuThrottle: void }>({
  cpuThrottle: [
    async ({ context }, use) => {
      const rate = Number(process.env.E2E_CPU_THROTTLE ?? 1);
      if (rate > 1) {
        context.on('page', (page) => void throttle(context, page, rate));
        await Promise.all(context.pages().map((page) => throttle(context, page, rate)));
      }
      await use();
    },
    { auto: true },
  ],
});

async function throttle(context: BrowserContext, page: Page, rate: number): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}
