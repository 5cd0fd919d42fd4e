import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { test } from './support/test';
import { ViewerRoutesPage } from './pages/viewer-routes';
import { collectPageErrors } from './support/console-errors';
import { SAMPLE_ID } from './support/sample-map';

const CNA = 'Nursing Assistant (CNA)';
const LPN = 'Licensed Practical Nurse (LPN)';
const RN = 'Registered Nurse (RN)';
const MEDICAL_ASSISTANT = 'Medical Assistant';
const ON_ROUTE = /On the highlighted route/;

test('a coach finds routes from Nursing Assistant to Registered Nurse and highlights one on the map', async ({ page }) => {
  const errors = collectPageErrors(page);
  const routes = new ViewerRoutesPage(page);
  await routes.open(SAMPLE_ID);
  await routes.findRoutes(CNA, RN);

  await expect(routes.status).toHaveText(`2 routes from ${CNA} to ${RN}.`);
  await expect(routes.route(1)).toContainText(`${CNA} → ${LPN} → ${RN}`);
  // The sample gives no move a time: the finder says so instead of claiming 0 months.
  await expect(routes.route(1)).toContainText('Time: time not known');
  await expect(routes.route(1)).toContainText('Wage gain: +$50,250 a year');
  await expect(routes.route(2)).toContainText(`${CNA} → ${MEDICAL_ASSISTANT} → ${LPN} → ${RN}`);

  await routes.route(1).click();
  await expect(routes.route(1)).toHaveAttribute('aria-pressed', 'true');
  for (const title of [CNA, LPN, RN]) await expect(routes.viewer.occupationCard(title)).toHaveAccessibleDescription(ON_ROUTE);
  await expect(routes.viewer.occupationCard(MEDICAL_ASSISTANT)).not.toHaveAccessibleDescription(ON_ROUTE);
  await expect(routes.move(CNA, LPN)).toHaveAccessibleDescription(ON_ROUTE);
  await expect(routes.move(LPN, RN)).toHaveAccessibleDescription(ON_ROUTE);
  await expect(routes.move(CNA, MEDICAL_ASSISTANT)).not.toHaveAccessibleDescription(ON_ROUTE);

  const details = routes.details(1);
  await expect(details.getByRole('list', { name: `What the move to ${RN} takes` })).toContainText('Pass the NCLEX-RN exam');
  await expect(details.getByRole('img', { name: /^Median wage along the route/ })).toHaveAccessibleName(
    `Median wage along the route: 1. ${CNA}: $32,400 a year; 2. ${LPN}: $57,110 a year; 3. ${RN}: $82,650 a year`,
  );

  // The keyboard picks the other route.
  await routes.route(2).focus();
  await page.keyboard.press('Enter');
  await expect(routes.route(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(routes.viewer.occupationCard(MEDICAL_ASSISTANT)).toHaveAccessibleDescription(ON_ROUTE);

  const axe = await new AxeBuilder({ page }).include('.viewer-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  expect(errors).toEqual([]);
});

test('the route prints as a one-page handout with steps, wages, sources and the date, and nothing else', async ({ page }) => {
  // The print dialog can't be driven: record that printing was asked for and keep data-print as it is during it.
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  const routes = new ViewerRoutesPage(page);
  await routes.open(SAMPLE_ID);
  await routes.findRoutes(CNA, RN);
  await routes.route(1).click();
  await expect(routes.handout).toBeHidden();

  await routes.printButton.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('html')).toHaveAttribute('data-print', 'route');
  await page.emulateMedia({ media: 'print' });

  await expect(routes.handout).toBeVisible();
  await expect(routes.handout.getByRole('heading', { name: `Career route: ${CNA} to ${RN}` })).toBeVisible();
  const rows = routes.handout.getByRole('row');
  await expect(rows).toHaveCount(4); // the header and three jobs
  await expect(rows.nth(2)).toContainText(LPN);
  await expect(rows.nth(2)).toContainText('$57,110 a year (2019, Springfield, MA metro)');
  await expect(rows.nth(2)).toContainText('Pass the NCLEX-PN exam');
  await expect(routes.handout).toContainText('U.S. Bureau of Labor Statistics news release 20-1303-BOS');
  const today = await page.evaluate(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date()));
  await expect(routes.handout).toContainText(`Printed ${today}`);

  // Only the handout: no toolbar, canvas, finders or route finder controls.
  await expect(page.getByRole('toolbar', { name: 'Map actions' })).toBeHidden();
  await expect(routes.viewer.canvas).toBeHidden();
  await expect(routes.from).toBeHidden();
  await expect(routes.printButton).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Routes' })).toBeHidden();
  // One page, on Letter and on A4: Chromium's own PDF of the print, pages counted.
  for (const format of ['Letter', 'A4']) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), `pages on ${format}`).toHaveLength(1);
  }

  await page.emulateMedia({ media: 'screen' });
  await expect(routes.handout).toBeHidden();
});

test('where a job can lead, and routes from no experience', async ({ page }) => {
  const routes = new ViewerRoutesPage(page);
  await routes.open(SAMPLE_ID);
  await routes.from.selectOption({ label: CNA });
  const leads = page.getByRole('region', { name: 'Where can this job lead?' });
  await expect(leads.getByRole('heading', { name: '2 steps away (1)' })).toBeVisible();
  await leads.getByRole('button', { name: `Find routes to ${RN}` }).click();
  await expect(routes.to).toHaveValue(/./);
  await expect(routes.route(1)).toContainText(`${CNA} → ${LPN} → ${RN}`);

  await routes.from.selectOption({ label: 'No experience (starting out)' });
  await expect(routes.status).toHaveText(`3 routes from no experience to ${RN}.`);
  await routes.sort.selectOption({ label: 'Wage gain (biggest first)' });
  await expect(routes.route(1)).toContainText('Wage gain: +$50,250 a year');
});
