import { expect, type Locator } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { ViewerRoutesPage } from './pages/viewer-routes';
import { collectPageErrors } from './support/console-errors';

/** "Add step" (a credential, the kind offered first), then its type, title and cost in the inspector. */
async function addDegree(editor: MapEditorPage, title: string, cost: string): Promise<void> {
  await editor.page.getByRole('group', { name: 'Steps' }).getByRole('button', { name: 'Add step', exact: true }).click();
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Credential: New credential');
  await editor.inspector.getByRole('combobox', { name: 'Credential type', exact: true }).selectOption({ label: 'Degree' });
  await editor.inspector.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await editor.inspector.getByRole('spinbutton', { name: 'Cost (US dollars)', exact: true }).fill(cost);
  await expect(editor.card(`Credential: ${title} (degree)`)).toBeVisible();
}

/** Adds a requirement to the group and points it at a card on the map, by choices only. */
async function addCardRequirement(requirements: Locator, number: number, card: string): Promise<void> {
  await requirements.getByRole('button', { name: 'Add requirement', exact: true }).click();
  await requirements.getByRole('combobox', { name: `Type of requirement ${number}` }).selectOption({ label: 'Credential' });
  await requirements.getByRole('combobox', { name: `Card on the map for requirement ${number}` }).selectOption({ label: card });
}

test('CNA → (any 1 of: ADN, BSN) → RN with ADN and BSN as degree cards: chosen in the builder, read out in the viewer, the cheaper counted in the route', async ({ page }) => {
  test.slow(); // builds a map of four cards and opens the viewer: three times the usual limit
  const errors = collectPageErrors(page);
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Registered Nurse');
  await editor.addOccupation('Nursing Assistant');
  await addDegree(editor, 'ADN', '12000');
  await addDegree(editor, 'BSN', '40000');

  await editor.select('Nursing Assistant');
  const moves = editor.inspector.getByRole('group', { name: 'Moves' });
  await moves.getByRole('combobox', { name: 'Add a move to' }).selectOption({ label: 'Registered Nurse' });
  await moves.getByRole('button', { name: 'Add move' }).click();
  await moves.getByRole('button', { name: 'Edit move to Registered Nurse' }).click();
  await expect(editor.inspector.getByRole('heading', { level: 2 })).toHaveText('Move: Nursing Assistant → Registered Nurse');
  // The move says how long it takes; what it costs comes from the degree it asks for.
  await editor.inspector.getByRole('spinbutton', { name: 'Typical months', exact: true }).fill('24');

  const requirements = editor.inspector.getByRole('group', { name: 'Requirements' });
  await requirements.getByRole('combobox', { name: 'Requirements: all or any' }).selectOption({ label: 'Any N of' });
  await addCardRequirement(requirements, 1, 'ADN (credential)');
  await addCardRequirement(requirements, 2, 'BSN (credential)');
  await expect(requirements.getByText(/^Reads:/)).toHaveText('Reads: any 1 of: ADN, BSN');
  await expect(requirements.getByRole('spinbutton', { name: 'Requirements: how many needed' })).toHaveValue('1');
  await editor.expectSaved();

  // The viewer reads the move out by the cards' titles, and the route counts the cheaper degree, saying so.
  const mapId = /\/maps\/([^/]+)\/edit$/.exec(page.url())?.[1] ?? '';
  const routes = new ViewerRoutesPage(page);
  await routes.open(mapId);
  await routes.findRoutes('Nursing Assistant', 'Registered Nurse');
  await expect(routes.route(1)).toContainText('Time: 24 months');
  await expect(routes.route(1)).toContainText('Cost: $12,000');
  await routes.route(1).click();
  const details = routes.details(1);
  await expect(details.getByRole('list', { name: 'What the move to Registered Nurse takes' })).toHaveText('any 1 of: ADN, BSN');
  await expect(details).toContainText('About 24 months · Costs $12,000 · Assumed the cheapest known choice: ADN');
  expect(errors).toEqual([]);
});
