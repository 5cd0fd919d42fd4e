import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { wageText } from '../../src/domain/wage-words';
import { MapEditorPage } from './pages/map-editor-page';
import { SAMPLE_CARD_COUNT, SAMPLE_ID, SAMPLE_TEXT } from './support/sample-map';

type SampleOccupation = {
  title: string;
  wage?: Parameters<typeof wageText>[0];
  designation?: string;
  highGrowth?: boolean;
  apprenticeship?: { registered?: boolean };
};

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await event;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The SVG's text as a reader sees it: every <text> in order, wrapped lines joined by spaces. */
function svgWords(svg: string): string {
  const unescape = (text: string) =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text = '']) => unescape(text)).join(' ');
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

test('the healthcare sample exports as a print-grade SVG, a 2× PNG and a PDF with one page per poster size', async ({ page }) => {
  test.setTimeout(test.info().timeout * 4); // the usual limit grows with E2E_CPU_THROTTLE
  const sample = JSON.parse(SAMPLE_TEXT) as { occupations: SampleOccupation[]; wageBasis?: string; region?: string };
  const editor = new MapEditorPage(page);
  await page.goto(`/maps/${SAMPLE_ID}/edit`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(editor.cards()).toHaveCount(SAMPLE_CARD_COUNT);

  const svg = await download(page, 'Export SVG');
  expect(svg.name).toBe('healthcare-careers-in-the-pioneer-valley-copy.svg');
  const svgText = svg.bytes.toString('utf8');
  const words = svgWords(svgText);
  expect(words).not.toContain('…');
  for (const occupation of sample.occupations) {
    if (occupation.wage) expect(words).toContain(wageText(occupation.wage));
  }
  const badges = svgText.match(/<text class="badge"[^>]*>[^<]*<\/text>/g)?.join(' ') ?? '';
  expect(count(badges, />Critical</g)).toBe(sample.occupations.filter((o) => o.designation === 'critical').length);
  expect(count(badges, />Priority</g)).toBe(sample.occupations.filter((o) => o.designation === 'priority').length);
  // The Bright Outlook badge names its basis: the CNA is flagged for numerous openings, not growth.
  expect(count(badges, />Bright Outlook[^<]*</g)).toBe(sample.occupations.filter((o) => o.highGrowth === true).length);
  expect(words).toContain('Bright Outlook: numerous openings');
  expect(badges).not.toContain('High growth');
  expect(count(badges, />Registered apprenticeship</g)).toBe(sample.occupations.filter((o) => o.apprenticeship?.registered === true).length);
  expect(count(badges, /Credential: /g)).toBeGreaterThan(0);
  // The legend says which arrow is which; the footer says where the figures come from.
  expect(words).toContain('Advancement (solid arrow)');
  expect(words).toContain('Lateral move (dashed arrow)');
  expect(words).toContain(`Wages: ${sample.wageBasis ?? ''}`);
  expect(words).toContain(sample.region ?? '');
  expect(words).toContain('Sources: ');
  expect(words).toMatch(/Made \d{4}-\d{2}-\d{2}/);

  await page.getByLabel('PNG resolution').selectOption('2');
  const png = await download(page, 'Export PNG');
  const [, svgWidth, svgHeight] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svgText) ?? [];
  expect({ width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) }).toEqual({ width: 2 * Number(svgWidth), height: 2 * Number(svgHeight) });

  await page.getByText('PDF poster sizes').click();
  await page.getByRole('checkbox', { name: 'Letter' }).check();
  await page.getByRole('checkbox', { name: 'A3' }).check();
  await page.getByLabel('Orientation').selectOption('portrait');
  const pdf = await download(page, 'Export PDF');
  expect(pdf.name).toBe('healthcare-careers-in-the-pioneer-valley-copy.pdf');
  const pdfText = pdf.bytes.toString('latin1');
  expect(pdfText.startsWith('%PDF-')).toBe(true);
  expect(pdfText.trimEnd().endsWith('%%EOF')).toBe(true);
  const pageSizes = [...pdfText.matchAll(/\/MediaBox \[([^\]]+)\]/g)].map(([, box = '']) => box.trim().split(/\s+/).map(Number).slice(2).map(Math.round));
  expect(count(pdfText, /\/Type \/Page(?!s)/g)).toBe(2);
  expect(pageSizes).toEqual([
    [612, 792],
    [842, 1191],
  ]);
});

test('a map built from scratch exports with readable ids, under its title', async ({ page }) => {
  test.slow(); // three times the usual limit (which grows with E2E_CPU_THROTTLE)
  const editor = new MapEditorPage(page);
  await editor.createMap();
  await editor.addOccupation('Help Desk Technician');
  await editor.addOccupation('Network Administrator');
  await page.keyboard.press('Escape');
  await editor.canvas.click({ position: { x: 5, y: 5 } });
  const mapTitle = editor.inspector.getByRole('textbox', { name: 'Title', exact: true });
  await mapTitle.fill('Massachusetts IT apprenticeships');
  await editor.expectSaved();

  const json = await download(page, 'Export JSON');
  expect(json.name).toBe('massachusetts-it-apprenticeships.json');
  const map = JSON.parse(json.bytes.toString('utf8')) as { id: string; occupations: { id: string; title: string }[] };
  expect(map.id).toBe('massachusetts-it-apprenticeships');
  expect(map.occupations.map((occupation) => occupation.id)).toEqual(['help-desk-technician', 'network-administrator']);
  await expect(page).toHaveURL(/\/maps\/massachusetts-it-apprenticeships\/edit$/);
  await expect(editor.card('Help Desk Technician')).toBeVisible();
});

test('a sheet with "$45,000", "15 $/hr" and "Y" imports, saying how each was read', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from CSV' });
  const sheet = 'title,sector,region,wageMin,wageMedian,wageUnit,registeredApprenticeship\nHelp Desk Technician,Information technology,Massachusetts,"$45,000",,year,Y\nIT Tutor,Information technology,Massachusetts,,15 $/hr,,N\n';
  await dialog.getByLabel('Occupations CSV file').setInputFiles({ name: 'it-occupations.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  const notes = dialog.getByRole('region', { name: 'Read with care' });
  await expect(notes.getByRole('listitem')).toHaveText([
    'Row 2, wageMin: "$45,000" read as $45,000',
    'Row 2, registeredApprenticeship: "Y" read as yes',
    'Row 3, wage: "15 $/hr" read as $15 an hour',
    'Row 3, wageStatistic: read as median, as the header "wageMedian" says; fill wageStatistic if the figures are means or percentiles',
    'Row 3, registeredApprenticeship: "N" read as no',
  ]);
  await expect(dialog.getByRole('textbox', { name: 'Map title' })).toHaveValue('Information technology careers in Massachusetts');
  await expect(dialog.getByRole('status')).toHaveText('Ready: 2 occupations and 0 moves.');
  await dialog.getByRole('button', { name: 'Import as a new map' }).click();
  await expect(page).toHaveURL(/\/maps\/information-technology-careers-in\/edit$/);

  const json = await download(page, 'Export JSON');
  const map = JSON.parse(json.bytes.toString('utf8')) as { occupations: { wage?: unknown; apprenticeship?: unknown }[] };
  expect(map.occupations.map(({ wage, apprenticeship }) => ({ wage, apprenticeship }))).toEqual([
    { wage: { min: 45000, unit: 'year' }, apprenticeship: { registered: true } },
    { wage: { statistic: 'median', amount: 15, unit: 'hour' }, apprenticeship: { registered: false } },
  ]);
});
