import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { cardBoxes, overlaps, waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_CARD_COUNT, SAMPLE_ID } from './support/sample-map';

test('auto layout puts the ladder in order with no overlaps, and undoes in one step', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  const layoutButton = page.getByRole('button', { name: 'Auto layout' });
  await waitForMapAtRest(editor.canvas); // the cards are placed on open
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
  await waitForMapAtRest(editor.canvas);
  await expect(layoutButton).toHaveText('Auto layout');

  const boxes = await cardBoxes(editor.cards());
  expect(boxes).toHaveLength(SAMPLE_CARD_COUNT);
  expect(overlaps(boxes)).toEqual([]);
  const placed = new Map(boxes.map((box) => [box.name, box]));
  expect(placed.get('Registered Nurse (RN)')!.x).not.toBeCloseTo(dragged.x, 0);
  const x = (name: string) => placed.get(name)!.x;
  expect(x('Nursing Assistant (CNA)')).toBeLessThan(x('Licensed Practical Nurse (LPN)'));
  expect(x('Licensed Practical Nurse (LPN)')).toBeLessThan(x('Registered Nurse (RN)'));

  // The whole layout is one step: Undo puts the dragged card back where the user left it.
  await editor.button('Undo').click();
  await waitForMapAtRest(editor.canvas);
  expect((await nurse.boundingBox())!.x).toBeLessThan(x('Registered Nurse (RN)'));
});

test('the canvas is busy while a layout moves the cards, and at rest once they stand still', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await waitForMapAtRest(editor.canvas);
  // Spread the ladder out, so the layout has to move every card back.
  await page.getByRole('combobox', { name: 'Spacing' }).selectOption('Roomy');

  // Each frame, from the click on: is the canvas busy, and where is every card?
  const frames = page.evaluate(
    () =>
      new Promise<{ busy: string | null; where: string }[]>((resolve) => {
        const canvas = document.querySelector('[role="region"][aria-label^="Pathway map editor:"]')!;
        const seen: { busy: string | null; where: string }[] = [];
        const sample = () => {
          const where = JSON.stringify([...canvas.querySelectorAll('.react-flow__node')].map((card) => card.getBoundingClientRect()));
          seen.push({ busy: canvas.getAttribute('aria-busy'), where });
          const atRestFor = seen.length - 1 - seen.findLastIndex((frame) => frame.busy !== 'false');
          // Once busy and then at rest for 30 frames (about half a second), nothing more can move.
          if (seen.some((frame) => frame.busy === 'true') && atRestFor >= 30) resolve(seen);
          else requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      }),
  );
  await page.getByRole('button', { name: 'Auto layout' }).click();
  const seen = await frames;
  const final = seen.at(-1)!.where;
  const fromBusy = seen.slice(seen.findIndex((frame) => frame.busy === 'true'));
  // The cards glided (several busy frames away from their final places), and no frame said "at
  // rest" while they were anywhere but there.
  expect(fromBusy.filter((frame) => frame.busy === 'true' && frame.where !== final).length).toBeGreaterThan(3);
  expect(fromBusy.filter((frame) => frame.busy !== 'true' && frame.where !== final)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Auto layout' })).toBeEnabled();
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
