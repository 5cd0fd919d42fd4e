import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { SAMPLE_CARD_COUNT, SAMPLE_ID, sampleMap } from './support/sample-map';

test('editing a sample makes a copy in the library; the sample stays as it ships', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(new RegExp(`/maps/${SAMPLE_ID}-copy/edit$`));
  await expect(editor.cards()).toHaveCount(SAMPLE_CARD_COUNT);
  await editor.expectSaved();

  await page.goto('/');
  await expect(page.getByRole('link', { name: `${sampleMap().title} (copy)` })).toBeVisible();
  await expect(page.getByRole('link', { name: sampleMap().title, exact: true })).toBeVisible();
});

test('new, rename, duplicate and delete (with undo) in the library survive a reload', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Carpenter');
  await editor.expectSaved();

  await page.getByRole('link', { name: 'Library' }).click();
  const actions = page.getByRole('group', { name: 'Actions for Untitled map' });
  await actions.getByRole('button', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename “Untitled map”' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Construction trades');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('link', { name: 'Construction trades' })).toBeVisible();

  await page.getByRole('group', { name: 'Actions for Construction trades' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(editor.card('Carpenter')).toBeVisible();
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: 'Construction trades (copy)' })).toBeVisible();

  await page.getByRole('group', { name: 'Actions for Construction trades (copy)' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Construction trades (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.getByRole('link', { name: 'Construction trades (copy)' })).toBeVisible();
  await page.getByRole('group', { name: 'Actions for Construction trades (copy)' }).getByRole('button', { name: 'Delete' }).click();

  await page.reload();
  await expect(page.getByRole('link', { name: 'Construction trades' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Construction trades (copy)' })).toHaveCount(0);
});

test('dropping a map file on the window imports it', async ({ page }) => {
  await page.goto('/');
  const map = { ...sampleMap(), id: 'dropped-map', title: 'Dropped healthcare map' };
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(map));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByRole('status').filter({ hasText: 'Drop a map file' })).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page).toHaveURL(/\/maps\/dropped-map$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped healthcare map');
});
