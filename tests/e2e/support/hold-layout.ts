import type { Page } from '@playwright/test';

/**
 * Holds the layout worker's script until `release` is called, so a test can act while the map is
 * still shown in its quick placement and see what happens when elk's layout lands.
 */
export async function holdLayout(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/elk\.worker-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}
