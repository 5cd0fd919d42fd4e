import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapEditorPage } from './pages/map-editor-page';
import { ViewerPanels } from './pages/viewer-panels';
import { ViewerRoutesPage } from './pages/viewer-routes';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID, sampleMap } from './support/sample-map';
import { CNA, LPN } from './support/viewer-maps';

const RN = 'Registered Nurse (RN)';
const SOURCE = 'Springfield wage check';
const ADDRESS = 'https://www.bls.gov/oes/current/oes_44140.htm';
// The sample lists its own sources first; the new one comes after them.
const NUMBER = (sampleMap().sources as unknown[]).length + 1;

// A source made in the editor, cited on a wage, and seen wherever the viewer says where figures came from.
test('a source created in the editor and cited on a wage shows in the details, "About this map" and the printed handout', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await waitForMapAtRest(editor.canvas);

  // With nothing selected the inspector edits the map: its Sources section.
  const sources = editor.inspector.getByRole('group', { name: 'Sources', exact: true });
  await sources.getByRole('textbox', { name: 'New source title' }).fill(SOURCE);
  await sources.getByRole('button', { name: 'Add source' }).click();
  await expect(sources.getByRole('textbox', { name: `Title of source ${NUMBER}` })).toHaveValue(SOURCE);
  await sources.getByRole('textbox', { name: `Publisher of source ${NUMBER}` }).fill('U.S. Bureau of Labor Statistics');
  await sources.getByRole('textbox', { name: `Web address of source ${NUMBER}` }).fill(ADDRESS);
  await sources.getByLabel(`Date retrieved of source ${NUMBER}`).fill('2026-12-07');
  const entry = sources.getByRole('group', { name: SOURCE });
  await expect(entry.getByText('Not cited yet.')).toBeVisible();

  // Cite it on the LPN's wage.
  await editor.select(LPN);
  await editor.inspector.getByRole('combobox', { name: 'Wage source' }).selectOption({ label: SOURCE });
  await editor.expectSaved();

  // Back on the map form, the source says where it is cited, and will not be removed while it is.
  await editor.card(LPN).focus();
  await page.keyboard.press('Escape');
  await expect(entry.getByText('Cited by 1 figure or card')).toBeVisible();
  await entry.getByText('Cited by 1 figure or card').click();
  await expect(entry.getByText(`Wage of ${LPN}`)).toBeVisible();
  await entry.getByRole('button', { name: `Remove source ${NUMBER}` }).click();
  await expect(sources.getByRole('status')).toContainText(`“${SOURCE}” can't be removed: it is cited once (Wage of ${LPN}).`);
  await expect(entry).toBeVisible();

  // The viewer of the copy.
  const mapUrl = page.url().replace(/\/edit$/, '');
  await page.goto(mapUrl);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const panels = new ViewerPanels(page, title);
  await panels.showOutline();
  await page.getByRole('button', { name: `Show details of ${LPN}`, exact: true }).click();
  const wage = panels.detailsSection('Wage');
  await expect(wage).toContainText(`Source${SOURCE} (U.S. Bureau of Labor Statistics, retrieved 2026-12-07)`);
  const cited = wage.getByRole('link', { name: SOURCE });
  await expect(cited).toHaveAttribute('href', ADDRESS);
  await expect(cited).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(wage.getByTitle(`Source: ${SOURCE} (U.S. Bureau of Labor Statistics, retrieved 2026-12-07)`)).toBeVisible();

  await page.getByText('About this map', { exact: true }).click();
  const listed = page.getByRole('region', { name: 'Sources', exact: true }).getByRole('listitem').filter({ hasText: SOURCE });
  await expect(listed).toHaveText(`${SOURCE} (U.S. Bureau of Labor Statistics, retrieved 2026-12-07) ${ADDRESS}`);
  await expect(listed.getByRole('link', { name: ADDRESS })).toHaveAttribute('rel', 'noopener noreferrer');
  // Open, "About this map" floats over the map and the panel's tabs: the reader closes it again.
  await page.getByText('About this map', { exact: true }).click();
  await expect(listed).toBeHidden();

  // The route through the LPN, printed: the wage names its source, and the handout lists it.
  await page.evaluate(() => (window.print = () => undefined));
  const routes = new ViewerRoutesPage(page);
  await panels.showMap();
  await page.getByRole('tab', { name: 'Routes' }).click();
  await routes.findRoutes(CNA, RN);
  await routes.route(1).click();
  await routes.printButton.click();
  await expect(page.locator('html')).toHaveAttribute('data-print', 'route');
  await page.emulateMedia({ media: 'print' });
  await expect(routes.handout).toBeVisible();
  const lpnRow = routes.handout.getByRole('row').filter({ hasText: LPN });
  // The LPN's wage points at its numbered entry in the handout's Sources.
  // The numbered Sources are the handout's last list.
  const listedOnHandout = routes.handout.getByRole('list').last().getByRole('listitem');
  const texts = await listedOnHandout.allTextContents();
  const number = texts.findIndex((text) => text.startsWith(SOURCE)) + 1;
  expect(number).toBeGreaterThan(0);
  await expect(lpnRow).toContainText(`· Source ${number}`);
  await expect(listedOnHandout.nth(number - 1)).toHaveText(`${SOURCE} (U.S. Bureau of Labor Statistics, retrieved 2026-12-07) ${ADDRESS}`);
  await page.emulateMedia({ media: 'screen' });
});

// A credential cites a source in the editor (its own chooser in the Credentials list) and the viewer's details say so.
test('a source cited on a credential in the editor shows beside the credential in the details', async ({ page }) => {
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await waitForMapAtRest(editor.canvas);

  const sources = editor.inspector.getByRole('group', { name: 'Sources', exact: true });
  await sources.getByRole('textbox', { name: 'New source title' }).fill(SOURCE);
  await sources.getByRole('button', { name: 'Add source' }).click();
  await expect(sources.getByRole('textbox', { name: `Title of source ${NUMBER}` })).toHaveValue(SOURCE);

  await editor.select(LPN);
  const credentials = editor.inspector.getByRole('group', { name: 'Credentials', exact: true });
  const chooser = credentials.getByRole('group', { name: /^Sources of / }).first();
  await chooser.getByRole('checkbox', { name: SOURCE }).check();
  await editor.expectSaved();

  const mapUrl = page.url().replace(/\/edit$/, '');
  await page.goto(mapUrl);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const panels = new ViewerPanels(page, title);
  await panels.showOutline();
  await page.getByRole('button', { name: `Show details of ${LPN}`, exact: true }).click();
  const credential = panels.detailsSection('Credentials').getByRole('listitem').first();
  await expect(credential).toContainText(`Source: ${SOURCE}`);
});
