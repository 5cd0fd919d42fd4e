import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { waitForMapAtRest } from './support/map-at-rest';

// Two tabs, each loading the app: more than the default time on a busy machine.
test.describe.configure({ timeout: 90_000 });
/** What one tab stores reaches the other through IndexedDB and a broadcast: on a busy machine, seconds. */
const acrossTabs = expect.configure({ timeout: 20_000 });

/** One map open in two tabs, both on Playwright's clock, with two cards stored. */
async function twoTabsOnOneMap(page: Page, titles: readonly string[]): Promise<[MapEditorPage, MapEditorPage]> {
  await page.clock.install();
  const first = new MapEditorPage(page);
  await first.createMap();
  for (const title of titles) await first.addOccupation(title);
  await first.expectSaved();
  const otherPage = await page.context().newPage();
  await otherPage.clock.install();
  const second = new MapEditorPage(otherPage);
  await otherPage.goto(page.url());
  // The second tab reads the map from storage and lays it out: wait until it says it is at rest.
  await waitForMapAtRest(second.canvas);
  for (const title of titles) await expect(second.card(title)).toBeVisible();
  return [first, second];
}

/** Both tabs type before either tab's autosave fires: time stands still in both while they do. */
async function atOnce(first: MapEditorPage, second: MapEditorPage, edits: () => Promise<void>): Promise<void> {
  const pausedAt = new Date(Date.now() + 60_000);
  await Promise.all([first.page.clock.pauseAt(pausedAt), second.page.clock.pauseAt(pausedAt)]);
  await edits();
  await Promise.all([first.page.clock.resume(), second.page.clock.resume()]);
}

const titleField = (editor: MapEditorPage) => editor.inspector.getByRole('textbox', { name: 'Title', exact: true });

test('two tabs editing different cards at once both keep their edits, after a reload too', async ({ page }) => {
  const [first, second] = await twoTabsOnOneMap(page, ['Welder', 'Machinist']);
  await first.select('Welder');
  await second.select('Machinist');
  await atOnce(first, second, async () => {
    await titleField(first).fill('Pipe Welder');
    await titleField(second).fill('CNC Machinist');
  });

  // Nobody is asked to choose a version: both tabs end with both edits, stored.
  for (const editor of [first, second]) {
    await acrossTabs(editor.card('Pipe Welder')).toBeVisible();
    await acrossTabs(editor.card('CNC Machinist')).toBeVisible();
    await editor.expectSaved();
  }
  for (const editor of [first, second]) {
    await editor.page.reload();
    await expect(editor.card('Pipe Welder')).toBeVisible();
    await expect(editor.card('CNC Machinist')).toBeVisible();
    await expect(editor.cards()).toHaveCount(2);
  }
});

test('when both tabs change the same field, the user is asked which value to keep, by keyboard too', async ({ page }) => {
  const [first, second] = await twoTabsOnOneMap(page, ['Welder', 'Machinist']);
  await first.select('Machinist');
  await second.select('Machinist');
  await atOnce(first, second, async () => {
    await titleField(first).fill('Machinist A');
    await titleField(second).fill('Machinist B');
  });
  // The second tab also changes another card: that merges without a question.
  await second.select('Welder');
  await titleField(second).fill('Welder B');

  const question = (editor: MapEditorPage) => editor.page.getByRole('form', { name: /^Another tab changed the same field/ });
  await acrossTabs.poll(async () => (await question(first).count()) + (await question(second).count())).toBe(1);
  const [asked, other, mine, theirs] = (await question(first).count()) === 1 ? [first, second, 'Machinist A', 'Machinist B'] : [second, first, 'Machinist B', 'Machinist A'];

  // Both values are shown; nothing is stored until the user chooses.
  const field = question(asked).getByRole('group', { name: 'Occupation “Machinist”: title' });
  await expect(field.getByRole('radio', { name: `Yours: ${mine}` })).toBeVisible();
  await expect(field.getByRole('radio', { name: `The other tab’s: ${theirs}` })).toBeVisible();
  const keep = question(asked).getByRole('button', { name: 'Keep the chosen values' });
  await expect(keep).toBeDisabled();
  await expect(new MapEditorPage(asked.page).card(mine)).toBeVisible();

  // From the keyboard: into the choice, an arrow key to the other tab's value, then to the button.
  await field.getByRole('radio', { name: `Yours: ${mine}` }).focus();
  await asked.page.keyboard.press('Space');
  await asked.page.keyboard.press('ArrowDown');
  await expect(field.getByRole('radio', { name: `The other tab’s: ${theirs}` })).toBeChecked();
  await asked.page.keyboard.press('Tab');
  await expect(keep).toBeFocused();
  await asked.page.keyboard.press('Enter');

  await expect(question(asked)).toHaveCount(0);
  for (const editor of [asked, other]) {
    await acrossTabs(editor.card(theirs)).toBeVisible();
    await acrossTabs(editor.card('Welder B')).toBeVisible();
    await editor.expectSaved();
  }
  await asked.page.reload();
  await expect(asked.card(theirs)).toBeVisible();
  await expect(asked.card('Welder B')).toBeVisible();
  await expect(asked.card(mine)).toHaveCount(0);
});
