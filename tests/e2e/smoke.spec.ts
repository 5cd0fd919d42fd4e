import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapViewerPage } from './pages/map-viewer-page';
import { collectPageErrors } from './support/console-errors';
import { SAMPLE_ID, SAMPLE_TITLES, sampleMap } from './support/sample-map';

test('the library offers the bundled sample and opens it on the canvas', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Map library' })).toBeVisible();

  await page.getByRole('link', { name: sampleMap().title }).click();

  const viewer = new MapViewerPage(page);
  await expect(page).toHaveURL(new RegExp(`/maps/${SAMPLE_ID}$`));
  await expect(viewer.heading()).toHaveText(sampleMap().title);
  await viewer.expectCards(SAMPLE_TITLES);
  await expect(viewer.moves()).toHaveCount(sampleMap().transitions.length);
  expect(errors).toEqual([]);
});

test('deep links to a map and to its editor survive a reload', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES.slice(0, 3));
  await page.reload();
  await viewer.expectCards(SAMPLE_TITLES.slice(0, 3));

  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`“${sampleMap().title}” is a sample map`);
});

test('an unknown map or address says so and leads back to the library', async ({ page }) => {
  await page.goto('/maps/no-such-map');
  await expect(page.getByRole('heading', { name: 'Map not found' })).toBeVisible();
  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the map library' }).click();
  await expect(page.getByRole('heading', { name: 'Map library' })).toBeVisible();
});

test('the production page carries a Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
});
