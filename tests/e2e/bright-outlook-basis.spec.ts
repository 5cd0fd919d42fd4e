import { expect } from '@playwright/test';
import { test } from './support/test';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerFinders } from './pages/viewer-finders';
import { waitForMapAtRest } from './support/map-at-rest';
import { SAMPLE_ID, SAMPLE_TITLES } from './support/sample-map';

const CNA = 'Nursing Assistant (CNA)';
const RN = 'Registered Nurse (RN)';
const EMT = 'Emergency Medical Technician (EMT)';

// O*NET Bright Outlook flags the nursing assistant for numerous openings only: the viewer must not call it growth.
test('the nursing assistant is flagged for many openings, not high growth, in its details and in the filters', async ({ page }) => {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await viewer.expectCards(SAMPLE_TITLES);
  await waitForMapAtRest(viewer.canvas);
  const finders = new ViewerFinders(page);
  const total = SAMPLE_TITLES.length;

  await viewer.occupationCard(CNA).click();
  const details = page.getByRole('article', { name: CNA });
  await expect(details.getByRole('list', { name: 'Highlights' })).toContainText('Bright Outlook: numerous openings');
  await expect(details.getByRole('region', { name: 'Typical education' })).toHaveText(/Postsecondary certificate \(not verified\)/);
  await expect(details.getByRole('region', { name: 'Labor market' })).toContainText('38,130 employed, 2025, Massachusetts');

  await finders.openFilters();
  await finders.filterToggle('High growth').click();
  await expect(finders.matchCount).toHaveText(`7 of ${total} occupations match`);
  await expect(viewer.occupationCard(CNA)).toHaveAccessibleDescription(/Does not match the filters/);
  await expect(viewer.occupationCard(EMT)).not.toHaveAccessibleDescription(/Does not match the filters/);

  await finders.filterToggle('High growth').click();
  await finders.filterToggle('Many openings').click();
  await expect(finders.matchCount).toHaveText(`3 of ${total} occupations match`);
  await expect(finders.activeFilters.getByRole('listitem')).toHaveText(['Many openings']);
  await expect(viewer.occupationCard(CNA)).not.toHaveAccessibleDescription(/Does not match the filters/);
  await expect(viewer.occupationCard(RN)).not.toHaveAccessibleDescription(/Does not match the filters/);
  await expect(viewer.occupationCard(EMT)).toHaveAccessibleDescription(/Does not match the filters/);
});
