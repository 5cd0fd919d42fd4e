import { expect, test, type Locator } from '@playwright/test';
import { MapEditorPage } from './pages/map-editor-page';
import { SAMPLE_ID, sampleMap } from './support/sample-map';

type Box = { x: number; y: number; width: number; height: number };

async function boxes(cards: Locator): Promise<Map<string, Box>> {
  const result = new Map<string, Box>();
  for (const card of await cards.all()) {
    const name = await card.getAttribute('aria-label');
    const box = await card.boundingBox();
    if (name && box) result.set(name, box);
  }
  return result;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('auto layout puts the ladder in order with no overlaps, and undoes in one step', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  const layoutButton = page.getByRole('button', { name: 'Auto layout' });
  await expect(layoutButton).toBeVisible(); // the first layout, on open, has finished
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Fit View' }).click();

  // Drag the Registered Nurse card far out of its column.
  const nurse = editor.card('Registered Nurse (RN)');
  const before = (await nurse.boundingBox())!;
  await page.mouse.move(before.x + 20, before.y + 10);
  await page.mouse.down();
  await page.mouse.move(before.x - 300, before.y + 150, { steps: 12 });
  await page.mouse.up();
  const dragged = (await nurse.boundingBox())!;
  expect(dragged.x).toBeLessThan(before.x - 100);

  await layoutButton.click();
  await expect(layoutButton).toHaveText('Auto layout');
  await expect.poll(async () => Math.round((await nurse.boundingBox())!.x)).not.toBe(Math.round(dragged.x));

  const placed = await boxes(editor.cards());
  expect(placed.size).toBe(sampleMap().occupations.length);
  const all = [...placed.entries()];
  for (const [i, [nameA, a]] of all.entries()) {
    for (const [nameB, b] of all.slice(i + 1)) expect(overlap(a, b), `${nameA} overlaps ${nameB}`).toBe(false);
  }
  const x = (name: string) => placed.get(name)!.x;
  expect(x('Nursing Assistant (CNA)')).toBeLessThan(x('Licensed Practical Nurse (LPN)'));
  expect(x('Licensed Practical Nurse (LPN)')).toBeLessThan(x('Registered Nurse (RN)'));

  // The whole layout is one step: Undo puts the dragged card back where the user left it.
  await editor.button('Undo').click();
  await expect.poll(async () => Math.round((await nurse.boundingBox())!.x)).toBeLessThan(Math.round(x('Registered Nurse (RN)')));
});

test('the layout options chosen are remembered after a reload', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await editor.createMap();
  const layout = page.getByRole('group', { name: 'Layout' });
  await layout.getByRole('combobox', { name: 'Direction' }).selectOption('Top to bottom');
  await layout.getByRole('combobox', { name: 'Spacing' }).selectOption('Roomy');
  await page.reload();
  await expect(layout.getByRole('combobox', { name: 'Direction' })).toHaveValue('DOWN');
  await expect(layout.getByRole('combobox', { name: 'Spacing' })).toHaveValue('roomy');
});
