import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './support/test';
import { seriousViolations } from './support/axe';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MapViewerPage } from './pages/map-viewer-page';
import { ViewerFinders } from './pages/viewer-finders';
import { ViewerPanels } from './pages/viewer-panels';
import { collectPageErrors } from './support/console-errors';

const MAP_ID = 'advanced-manufacturing-pioneer-valley';
const MAP = JSON.parse(readFileSync(resolve(`fixtures/${MAP_ID}.json`), 'utf8')) as {
  title: string;
  occupations: { title: string; education?: string }[];
};
const TITLES = MAP.occupations.map((occupation) => occupation.title);
const QUALITY_ENGINEER = 'Quality Engineer (Industrial Engineer)';
/** The occupations whose entry education is a degree: what "No degree needed" leaves out. */
const NEED_A_DEGREE = [QUALITY_ENGINEER, 'Industrial Engineering Technician', 'Industrial Production Manager'];
const LEFT_OUT = 'Does not match the filters';
const GREYED = 'rgb(228, 231, 235)';

async function openMap(page: Page) {
  const viewer = new MapViewerPage(page);
  await viewer.goto(MAP_ID);
  await expect(viewer.heading()).toHaveText(MAP.title);
  const finders = new ViewerFinders(page);
  await finders.openFilters();
  return { viewer, finders, panels: new ViewerPanels(page, MAP.title) };
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One occupation's entry in the outline: the list item whose heading starts with its title. */
function outlineEntry(panels: ViewerPanels, title: string): Locator {
  return panels
    .outline()
    .getByRole('listitem')
    .filter({ has: panels.page.getByRole('heading', { level: 4, name: new RegExp(`^${escaped(title)}`) }) });
}


test('the outline keeps every occupation but marks, in words and by look, those the filters leave out', async ({ page }) => {
  const errors = collectPageErrors(page);
  const { finders, panels } = await openMap(page);
  expect(MAP.occupations.find((occupation) => occupation.title === QUALITY_ENGINEER)?.education).toBe('bachelor');
  expect(NEED_A_DEGREE.map((title) => MAP.occupations.find((occupation) => occupation.title === title)?.education)).toEqual([
    'bachelor',
    'associate',
    'bachelor',
  ]);

  await panels.showOutline();
  await expect(panels.outline()).not.toContainText(LEFT_OUT);
  await finders.filterToggle('No degree needed').click();
  await expect(finders.matchCount).toHaveText(`9 of 12 occupations match`);

  // Nothing is removed: all twelve are still listed, and the outline says how many match.
  await expect(panels.outlineOccupationHeadings()).toHaveCount(TITLES.length);
  await expect(panels.outline()).toContainText('9 of 12 occupations match the filters');

  // The quality engineer (a bachelor's degree) is marked in its heading, so heading-by-heading reading hears it,
  // and its buttons are described by the mark, so tabbing through them hears it too.
  const engineer = outlineEntry(panels, QUALITY_ENGINEER);
  // (Chromium puts a space before the hidden comma: the hidden text is laid out apart.)
  await expect(engineer.getByRole('heading', { level: 4 })).toHaveAccessibleName(
    new RegExp(`^${escaped(QUALITY_ENGINEER)} ?, ${LEFT_OUT}$`),
  );
  await expect(engineer.getByText(LEFT_OUT)).toBeVisible();
  await expect(panels.showDetailsButton(QUALITY_ENGINEER)).toHaveAccessibleDescription(LEFT_OUT);
  await expect(engineer).toHaveCSS('background-color', GREYED);
  await expect(engineer).toHaveCSS('border-top-style', 'dashed');

  // The others that need a degree are marked the same way.
  for (const title of NEED_A_DEGREE.slice(1)) {
    await expect(outlineEntry(panels, title)).toHaveCSS('border-top-style', 'dashed');
    await expect(panels.showDetailsButton(title)).toHaveAccessibleDescription(LEFT_OUT);
  }

  // The nine that match look and read as before.
  for (const title of TITLES.filter((name) => !NEED_A_DEGREE.includes(name))) {
    const entry = outlineEntry(panels, title);
    await expect(entry.getByRole('heading', { level: 4 })).toHaveAccessibleName(title);
    await expect(entry).not.toContainText(LEFT_OUT);
    await expect(entry).not.toHaveCSS('background-color', GREYED);
    await expect(entry).toHaveCSS('border-top-style', 'solid');
    await expect(panels.showDetailsButton(title)).not.toHaveAccessibleDescription(LEFT_OUT);
  }

  // Clearing the filter clears the marks and the summary.
  await finders.clearAllFilters().click();
  await expect(panels.outline()).not.toContainText(LEFT_OUT);
  await expect(panels.outline()).not.toContainText('match the filters');
  await expect(outlineEntry(panels, QUALITY_ENGINEER)).not.toHaveCSS('background-color', GREYED);
  await expect(outlineEntry(panels, QUALITY_ENGINEER)).toHaveCSS('border-top-style', 'solid');
  await expect(panels.showDetailsButton(QUALITY_ENGINEER)).not.toHaveAccessibleDescription(LEFT_OUT);
  expect(errors).toEqual([]);
});

test('the outline with filters on has no serious accessibility violations', async ({ page }) => {
  const { finders, panels } = await openMap(page);
  await panels.showOutline();
  await finders.filterToggle('No degree needed').click();
  await expect(panels.outline()).toContainText(LEFT_OUT);
  expect(await seriousViolations(page)).toEqual([]);
});
