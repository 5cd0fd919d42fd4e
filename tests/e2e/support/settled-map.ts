import { expect, type Page } from '@playwright/test';

/**
 * Waits until the viewer's layout has landed and the view has stopped refitting (two samples of the
 * canvas transform, 250 ms apart, alike), so what a test measures next stays where it is.
 */
export async function waitForSettledMap(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Laying out' })).toHaveCount(0);
  const transform = () => page.locator('.react-flow__viewport').evaluate((element) => getComputedStyle(element).transform);
  let last = '';
  await expect
    .poll(async () => {
      const now = await transform();
      const settled = now === last;
      last = now;
      return settled;
    }, { intervals: [250] })
    .toBe(true);
}
