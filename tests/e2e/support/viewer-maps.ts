import { expect, type Locator, type Page } from '@playwright/test';
import { MapViewerPage } from '../pages/map-viewer-page';
import { waitForMapAtRest } from './map-at-rest';
import { SAMPLE_ID, sampleMap } from './sample-map';

// The maps and small readers the viewer's share, print and phone specs have in common.

export const CONSTRUCTION_ID = 'construction-massachusetts';
export const CONSTRUCTION_TITLES = [
  'Construction Laborer',
  "Electrician's Helper",
  'Electrician',
  'Carpenter',
  'Plumber, Pipefitter or Steamfitter',
  'HVAC and Refrigeration Mechanic',
  'First-Line Construction Supervisor',
  "Carpenter's Helper",
  'Hazardous Materials Removal Worker',
  'Sheet Metal Worker',
  'Roofer',
  'Structural Iron and Steel Worker',
  'Construction and Building Inspector',
];
export const CNA = 'Nursing Assistant (CNA)';
export const LPN = 'Licensed Practical Nurse (LPN)';
// A card at reading zoom shows its wage in words (or says it is not known).
export const WAGE_WORDS = /\$[\d,.]+.* (a year|an hour)|Wage not known/;

/** The legend's fold (a button, expanded or not) and its list of groups. */
export const legendToggle = (page: Page) => page.getByRole('button', { name: 'Legend', exact: true });
export const legendGroups = (page: Page) => page.getByRole('list', { name: 'Groups' });

export async function openMap(page: Page, mapId: string, titles: readonly string[]): Promise<MapViewerPage> {
  const viewer = new MapViewerPage(page);
  await viewer.goto(mapId);
  for (const title of titles) await expect(viewer.occupationCard(title)).toBeAttached();
  await waitForMapAtRest(viewer.canvas);
  return viewer;
}

/** Whether what a finger or eye finds at the card's middle is the card itself (nothing covers it). */
export function middleIsUncovered(card: Locator): Promise<boolean> {
  return card.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const found = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return found !== null && element.contains(found);
  });
}

/** The card's own box on the card (its details, when shown, are inside it). */
export const cardBox = (card: Locator) => card.locator('.occupation-card');

export const TRADES = {
  schemaVersion: 1,
  id: 'building-trades',
  title: 'Building trades to share',
  region: 'Hampden County',
  sector: 'Construction',
  occupations: [
    { id: 'helper', title: 'Construction Helper', level: 'entry', wage: { min: 36_000, max: 44_000, unit: 'year' } },
    { id: 'apprentice', title: 'Electrician Apprentice', level: 'middle', apprenticeship: { registered: true } },
    { id: 'electrician', title: 'Journeyworker Electrician', level: 'advanced' },
  ],
  transitions: [
    { id: 'helper-apprentice', from: 'helper', to: 'apprentice', kind: 'advancement', requirements: ['Apprenticeship place'] },
    { id: 'apprentice-electrician', from: 'apprentice', to: 'electrician', kind: 'advancement', months: 48 },
  ],
};
export const TRADES_TITLES = TRADES.occupations.map((occupation) => occupation.title);

/** Imports a map file from the sample's viewer and waits until it is open (and these cards drawn). */
export async function importMap(page: Page, map: { title: string }, titles: readonly string[]): Promise<MapViewerPage> {
  const viewer = new MapViewerPage(page);
  await viewer.goto(SAMPLE_ID);
  await expect(viewer.heading()).toHaveText(sampleMap().title);
  await viewer.importFile('map.json', JSON.stringify(map));
  await expect(viewer.heading()).toHaveText(map.title);
  await viewer.expectCards(titles);
  return viewer;
}
