import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MapViewerPage } from '../pages/map-viewer-page';
import { ViewerFinders } from '../pages/viewer-finders';

/** The sample whose filters the phone spec tries: eight occupations, education known for each. */
export const MANUFACTURING_ID = 'advanced-manufacturing-pioneer-valley';
const MANUFACTURING_TITLE = (JSON.parse(readFileSync(resolve(`fixtures/${MANUFACTURING_ID}.json`), 'utf8')) as { title: string }).title;

/** Opens the manufacturing sample in the viewer and returns its finders (search and filters). */
export async function openManufacturingFilters(page: Page): Promise<{ viewer: MapViewerPage; finders: ViewerFinders }> {
  const viewer = new MapViewerPage(page);
  await viewer.goto(MANUFACTURING_ID);
  await expect(viewer.heading()).toHaveText(MANUFACTURING_TITLE);
  const finders = new ViewerFinders(page);
  await finders.openFilters();
  return { viewer, finders };
}

/** Whether the page scrolls sideways (something is wider than the screen). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
