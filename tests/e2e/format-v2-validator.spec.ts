import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapViewerPage } from './pages/map-viewer-page';
import { collectPageErrors } from './support/console-errors';
import { V2_WITH_STEPS, v2WithSteps } from './support/format-v2-files';

// A loop of ways in: A needs B, and B needs A, so neither can ever be started.
const CYCLIC = v2WithSteps('loop-of-requirements', 'This loop must never be imported', [
  { id: 'first', title: 'First step', toGetIn: { type: 'all', of: [{ type: 'other', cardId: 'second' }] } },
  { id: 'second', title: 'Second step', toGetIn: { type: 'all', of: [{ type: 'other', cardId: 'first' }] } },
]);

// A requirement naming a card that is not on the map.
const DANGLING = v2WithSteps('dangling-requirement', 'This dangling map must never be imported', [
  { id: 'adn', title: 'ADN' },
  { id: 'nclex', title: 'NCLEX-RN', toGetIn: { type: 'any', of: [{ type: 'credential', cardId: 'adn' }, { type: 'credential', cardId: 'bsn' }] } },
]);

test('the library refuses a v2 file whose ways in make a loop, says where, and keeps its maps as they were', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  const maps = page.getByRole('list', { name: 'Maps' });
  await expect(maps).toHaveAttribute('aria-busy', 'false');
  const before = await maps.getByRole('link').allTextContents();
  expect(before.length).toBeGreaterThan(0);

  await new MapViewerPage(page).importFile('loop.json', JSON.stringify(CYCLIC));
  const dialog = page.getByRole('dialog', { name: 'Couldn\'t import “loop.json”. Nothing was changed.' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    'steps[1].toGetIn.of[0].cardId: makes a loop of requirements ("First step" → "Second step" → "First step"): each needs the next before it can start, so none ever can. Remove one link of the loop',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(page).toHaveURL(/\/$/);
  await expect(maps.getByRole('link')).toHaveText(before);
  await expect(page.getByRole('link', { name: CYCLIC.title as string })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an open v2 map stays as it was when a file with a dangling requirement is refused, with the place named', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  const viewer = new MapViewerPage(page);
  // The validator accepts a v2 file: it opens.
  await viewer.importFile('good.json', JSON.stringify(V2_WITH_STEPS));
  await expect(page).toHaveURL(/\/maps\/nursing-steps-v2$/);
  await viewer.expectCards(['Certified Nursing Assistant', 'Registered Nurse']);

  await viewer.importFile('dangling.json', JSON.stringify(DANGLING));
  const dialog = page.getByRole('dialog', { name: 'Couldn\'t import “dangling.json”. Nothing was changed.' });
  await expect(dialog.getByRole('listitem')).toHaveText(['steps[1].toGetIn.of[1].cardId: names the card "bsn", which isn\'t on this map']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(page).toHaveURL(/\/maps\/nursing-steps-v2$/);
  await expect(viewer.heading()).toHaveText(V2_WITH_STEPS.title);
  await viewer.expectCards(['Certified Nursing Assistant', 'Registered Nurse']);
  await expect(viewer.card('Credential: NCLEX-RN (license)')).toBeVisible();
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: V2_WITH_STEPS.title })).toBeVisible();
  await expect(page.getByRole('link', { name: DANGLING.title as string })).toHaveCount(0);
  expect(errors).toEqual([]);
});
