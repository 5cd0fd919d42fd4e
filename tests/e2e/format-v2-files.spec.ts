import { expect, type Page } from '@playwright/test';
import { test } from './support/test';
import { parseMap } from '../../src/domain/parse';
import { serializeMap } from '../../src/domain/serialize';
import { MapViewerPage } from './pages/map-viewer-page';
import { collectPageErrors } from './support/console-errors';
import { V1_LADDER, V2_WITH_STEPS } from './support/format-v2-files';

/** Imports from the library, as a user with a file from an older version of the app does. */
async function importFromLibrary(page: Page, name: string, map: object): Promise<MapViewerPage> {
  await page.goto('/');
  const viewer = new MapViewerPage(page);
  await viewer.importFile(name, JSON.stringify(map, null, 2));
  return viewer;
}

test('a v1 file imports from the library, opens with its cards, and exports as v2 with the same jobs and moves', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = await importFromLibrary(page, 'nursing-v1.json', V1_LADDER);
  await expect(page).toHaveURL(/\/maps\/nursing-ladder-v1$/);
  await expect(viewer.heading()).toHaveText(V1_LADDER.title);
  await expect(page.getByRole('status').filter({ hasText: `Imported “${V1_LADDER.title}” (3 occupations).` })).toBeVisible();
  await viewer.expectCards(V1_LADDER.occupations.map((occupation) => occupation.title));
  await expect(viewer.moves()).toHaveCount(V1_LADDER.transitions.length);

  const exported = JSON.parse(await viewer.exportJson()) as Record<string, unknown>;
  expect(exported.schemaVersion).toBe(2);
  // v1's built-in ladder is written down as the map's levels; every card keeps its level id.
  expect(exported.levels).toEqual([
    { id: 'entry', label: 'Entry level' },
    { id: 'middle', label: 'Middle level' },
    { id: 'advanced', label: 'Advanced level' },
  ]);
  // A v1 wage's figure, kept under `median` whatever its statistic, is written as `amount`.
  expect(exported.occupations).toEqual(
    V1_LADDER.occupations.map((card) => {
      if (!('wage' in card) || card.wage === undefined) return card;
      const { median, ...wage } = card.wage;
      return { ...card, wage: { ...wage, amount: median } };
    }),
  );
  // Each list of requirements is now "all of" its texts, in order; nothing else about a move changed.
  expect(exported.transitions).toEqual(
    V1_LADDER.transitions.map(({ requirements, ...move }) => ({
      ...move,
      requirements: { type: 'all', of: requirements.map((text) => ({ type: 'other', text })) },
    })),
  );
  expect(errors).toEqual([]);
});

test('a v2 file with steps, levels and requirement trees is accepted, shows its step cards, and exports unchanged', async ({ page }) => {
  const errors = collectPageErrors(page);
  const viewer = await importFromLibrary(page, 'nursing-v2.json', V2_WITH_STEPS);
  await expect(page).toHaveURL(/\/maps\/nursing-steps-v2$/);
  await expect(viewer.heading()).toHaveText(V2_WITH_STEPS.title);
  await viewer.expectCards(V2_WITH_STEPS.occupations.map((occupation) => occupation.title));
  await expect(viewer.card('Credential: ADN (degree)')).toBeVisible();
  await expect(viewer.card('Credential: NCLEX-RN (license)')).toBeVisible();

  const parsed = parseMap(JSON.stringify(V2_WITH_STEPS));
  if (!parsed.ok) throw new Error(`the test's v2 file should be valid: ${JSON.stringify(parsed.errors)}`);
  expect(await viewer.exportJson()).toBe(serializeMap(parsed.map));
  expect(errors).toEqual([]);
});
