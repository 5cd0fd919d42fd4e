import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { MapViewerPage } from './pages/map-viewer-page';
import { collectPageErrors } from './support/console-errors';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID } from './support/sample-map';

test('the healthcare sample shows the NCLEX-RN licence as a credential card, with its details in the viewer', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await waitForMapAtRest(viewer.canvas);

  const card = viewer.card('Credential: NCLEX-RN (license)');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Credential · License');
  // The arrow from the licence into the job it opens.
  await expect(viewer.canvas.getByRole('img', { name: 'Entry move from NCLEX-RN to Registered Nurse (RN)' })).toHaveCount(1);

  await card.click();
  const details = page.getByRole('complementary', { name: 'Occupation details and routes' });
  const article = details.getByRole('article', { name: 'NCLEX-RN' });
  await expect(article).toContainText('Credential · License');
  await expect(article.getByRole('region', { name: 'To get in' })).toHaveText(
    "To get inany 1 of: Associate degree in nursing (ADN), Bachelor's degree in nursing",
  );
  await expect(article.getByRole('region', { name: 'Leads to' }).getByRole('button', { name: 'Registered Nurse (RN)' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('in the editor a credential step is added, renamed in the inspector, and the rename undone', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  const steps = page.getByRole('group', { name: 'Steps' });
  await expect(steps.getByRole('combobox', { name: 'Kind of step' })).toHaveValue('credential');
  await steps.getByRole('button', { name: 'Add step', exact: true }).click();

  await expect(editor.card('Credential: New credential (certificate)')).toBeVisible();
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Credential: New credential');
  await editor.inspector.getByRole('combobox', { name: 'Credential type', exact: true }).selectOption({ label: 'License' });
  const title = editor.inspector.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('NCLEX-RN');
  await expect(editor.card('Credential: NCLEX-RN (license)')).toBeVisible();
  await editor.expectSaved();

  // One undo takes back the whole rename (a typing burst is one step); the type chosen before stays.
  await title.blur();
  await editor.button('Undo').click();
  await expect(editor.card('Credential: New credential (license)')).toBeVisible();
  await expect(title).toHaveValue('New credential');
  await waitForMapAtRest(editor.canvas);
});

test('a move from a step card to a job is made from the inspector, without drawing', async ({ page }) => {
  const errors = collectPageErrors(page);
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Registered Nurse');
  await page.getByRole('group', { name: 'Steps' }).getByRole('button', { name: 'Add step', exact: true }).click();
  const step = editor.card('Credential: New credential (certificate)');
  await expect(step).toBeVisible();
  // The step just added is selected.
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Credential: New credential');

  const moves = editor.inspector.getByRole('group', { name: 'Moves' });
  await expect(moves).toContainText('No moves out of this credential yet.');
  const target = moves.getByRole('combobox', { name: 'Add a move to' });
  // Every card is offered, in a section for its kind.
  await expect(target.getByRole('option')).toHaveText(['Registered Nurse']);
  await expect(target.locator('optgroup')).toHaveAttribute('label', 'Jobs');
  await target.selectOption({ label: 'Registered Nurse' });
  await moves.getByRole('button', { name: 'Add move' }).click();

  await expect(editor.canvas.getByRole('group', { name: /^Move from New credential to Registered Nurse/ })).toHaveCount(1);
  await expect(moves.getByRole('button', { name: 'Remove move to Registered Nurse' })).toBeVisible();
  await editor.expectSaved();
  await waitForMapAtRest(editor.canvas);
  expect(errors).toEqual([]);
});
