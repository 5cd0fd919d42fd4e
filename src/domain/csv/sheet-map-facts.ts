import type { CsvTable } from './csv-text';
import { normalizeKey } from './vocabulary';

// An occupations sheet may carry the map's sector and region in columns of their own (often the
// same on every row); the first row's give the new map its sector, region and suggested title.

export const MAP_FACT_HEADERS = ['sector', 'region'] as const;
type MapFact = (typeof MAP_FACT_HEADERS)[number];

export const isMapFactHeader = (header: string): boolean => (MAP_FACT_HEADERS as readonly string[]).includes(normalizeKey(header));

/** The first data row's sector and region, where the sheet has those columns and they are filled. */
export function sheetMapFacts(table: CsvTable): Partial<Record<MapFact, string>> {
  const facts: Partial<Record<MapFact, string>> = {};
  const first = table.rows[0];
  if (!first) return facts;
  table.headers.forEach((header, index) => {
    const key = normalizeKey(header);
    const value = first.cells[index]?.trim();
    if ((key === 'sector' || key === 'region') && value && facts[key] === undefined) facts[key] = value;
  });
  return facts;
}

/** A readable name from a file name: "Workbook - IT occupations.csv" → "IT occupations". */
function nameFromFile(fileName: string): string {
  const base = fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
  // Google Sheets and Numbers name a downloaded sheet "<workbook> - <sheet>": the sheet says more.
  const sheet = base.includes(' - ') ? (base.split(' - ').at(-1) ?? base) : base;
  const words = sheet.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? '' : words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The title an imported map is offered: "<sector> careers in <region>" from the sheet's first row,
 * else the sheet's name. The user can change it in the preview.
 */
export function suggestMapTitle(table: CsvTable, fileName: string): string {
  const { sector, region } = sheetMapFacts(table);
  if (sector && region) return `${sector} careers in ${region}`;
  if (sector) return `${sector} careers`;
  if (region) return `Careers in ${region}`;
  return nameFromFile(fileName) || 'Imported map';
}
