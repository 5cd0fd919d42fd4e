import { expect } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
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
  // The move names the NCLEX-RN card and says in its own words what it takes.
  await expect(details.getByRole('list', { name: `What the move to ${RN} takes` }).getByRole('listitem')).toHaveText([
    'LPN-to-RN advanced placement into an associate degree in nursing (ADN) program',
    'Pass the NCLEX-RN exam',
  ]);
  await expect(details.getByRole('img', { name: /^Mean wage along the route/ })).toHaveAccessibleName(
    `Mean wage along the route: 1. ${CNA}: $32,400 a year; 2. ${LPN}: $57,110 a year; 3. ${RN}: $82,650 a year`,
  );

  // The keyboard picks the other route.
  await routes.route(2).focus();
  await page.keyboard.press('Enter');
  await expect(routes.route(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(routes.viewer.occupationCard(MEDICAL_ASSISTANT)).toHaveAccessibleDescription(ON_ROUTE);

  expect(await seriousViolations(page, '.viewer-panel')).toEqual([]);
  expect(errors).toEqual([]);
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
  // Routes from no experience start at the ways in: the credential or program that gets you in comes first.
  await expect(routes.status).toHaveText(`5 routes from no experience to ${RN}.`);
  await expect(routes.route(1)).toContainText(`NCLEX-RN → ${RN}`);
  await routes.sort.selectOption({ label: 'Wage gain (biggest first)' });
  await expect(routes.route(1)).toContainText(`CNA certificate → ${CNA} → ${LPN} → ${RN}`);
  await expect(routes.route(1)).toContainText('Wage gain: +$50,250 a year');
  await expect(leads.getByRole('list', { name: 'Ways in with no experience' })).toContainText(`Approved practical nursing (PN) program (program) → ${LPN}`);
});
