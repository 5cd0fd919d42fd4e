import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../../src/domain/parse';
import type { Occupation, PathwayMap } from '../../../../src/domain/schema/map';
import { errorsOf, parseData, sampleMap, warningsOf } from '../helpers';

function withOccupation(fields: Record<string, unknown>) {
  const data = sampleMap();
  data.occupations[0] = { id: 'cna', title: 'Nursing Assistant', ...fields };
  return parseData(data);
}

function fixture(name: string): PathwayMap {
  const result = parseMap(readFileSync(new URL(`../../../../fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.map;
}

const bySoc = (map: PathwayMap, soc: string): Occupation => {
  const found = map.occupations.find((occupation) => occupation.socCode === soc);
  if (!found) throw new Error(`no ${soc}`);
  return found;
};

describe('the format: what a figure is and how sure it is', () => {
  it('takes a projection period, an area and a "not verified" mark on labor figures', () => {
    const result = withOccupation({ labor: { growthPct: 29.3, period: { from: 2020, to: 2030 }, area: 'Massachusetts', notVerified: true } });
    expect(warningsOf(result)).toEqual([]);
  });

  it('refuses a period that runs backwards, or that is not two years', () => {
    expect(errorsOf(withOccupation({ labor: { period: { from: 2030, to: 2020 } } }))).toEqual([
      'occupations[0].labor.period.to: ends before it starts; a period runs from the earlier year to the later one',
    ]);
    expect(errorsOf(withOccupation({ labor: { period: '2020-2030' } }))).toHaveLength(1);
  });

  it('takes the Bright Outlook basis from its closed list, and warns of a source it does not list', () => {
    expect(errorsOf(withOccupation({ highGrowth: true, highGrowthBasis: ['booming'] }))[0]).toMatch(/^occupations\[0\]\.highGrowthBasis\[0\]/);
    expect(warningsOf(withOccupation({ highGrowth: true, highGrowthBasis: ['numerous-openings'], highGrowthSourceId: 'nowhere' }))).toEqual([
      'occupations[0].highGrowthSourceId: names the source "nowhere", which isn\'t in sources',
    ]);
  });

  it('reads a flag written before the basis was recorded as a flag whose basis is unknown', () => {
    const result = withOccupation({ highGrowth: true });
    if (!result.ok) throw new Error('should parse');
    expect(result.map.occupations[0]).toMatchObject({ highGrowth: true });
    expect(result.map.occupations[0]?.highGrowthBasis).toBeUndefined();
  });
});

describe('the samples, against the fact sheet', () => {
  it('record why Bright Outlook flags each occupation: numerous openings alone for CNA, team assembler and childcare worker', () => {
    expect(bySoc(fixture('healthcare-pioneer-valley'), '31-1131.00').highGrowthBasis).toEqual(['numerous-openings']);
    expect(bySoc(fixture('advanced-manufacturing-pioneer-valley'), '51-2092.00').highGrowthBasis).toEqual(['numerous-openings']);
    expect(bySoc(fixture('early-education-pioneer-valley'), '39-9011.00').highGrowthBasis).toEqual(['numerous-openings']);
    expect(bySoc(fixture('healthcare-pioneer-valley'), '29-1141.00').highGrowthBasis).toEqual(['rapid-growth', 'numerous-openings']);
    const names = ['healthcare-pioneer-valley', 'advanced-manufacturing-pioneer-valley', 'early-education-pioneer-valley', 'construction-massachusetts', 'information-technology-massachusetts'];
    for (const map of names.map(fixture)) {
      for (const occupation of map.occupations.filter((o) => o.highGrowth === true)) {
        expect(occupation.highGrowthBasis?.length, occupation.title).toBeGreaterThan(0);
        expect(occupation.highGrowthSourceId, occupation.title).toBe('bo');
      }
    }
  });

  it('give labor figures their area and period: the +29.3 % is Massachusetts 2020–2030, the inspectors\u2019 openings are U.S. 2023–2033', () => {
    expect(bySoc(fixture('construction-massachusetts'), '47-2111.00').labor).toMatchObject({ growthPct: 29.3, period: { from: 2020, to: 2030 }, area: 'Massachusetts' });
    expect(bySoc(fixture('advanced-manufacturing-pioneer-valley'), '51-9061.00').labor).toMatchObject({ annualOpenings: 65200, period: { from: 2023, to: 2033 }, area: 'United States' });
    expect(bySoc(fixture('healthcare-pioneer-valley'), '31-1131.00').labor).toMatchObject({ employment: 38130, year: 2025, area: 'Massachusetts' });
  });

  it('give construction and early education their wages, each citing the page it was read from', () => {
    const construction = fixture('construction-massachusetts');
    const early = fixture('early-education-pioneer-valley');
    // The construction sample had no wage at all; a mean is kept as a mean, with its area and year.
    expect(bySoc(construction, '47-2111.00').wage).toMatchObject({ statistic: 'mean', amount: 56650, year: 2016, area: 'United States', sourceId: 'ted17' });
    expect(bySoc(construction, '49-9021.00').wage).toMatchObject({ statistic: 'median', amount: 57300, year: 2023, area: 'United States' });
    expect(bySoc(early, '25-2011.00').wage).toMatchObject({ statistic: 'median', amount: 30210, year: 2021, area: 'United States' });
    for (const map of [construction, early]) {
      const sources = new Map((map.sources ?? []).map((source) => [source.id, source]));
      const cited = map.occupations.flatMap((o) => [o.wage, o.labor].filter((figure) => figure !== undefined));
      expect(cited.length, map.id).toBeGreaterThan(map.occupations.length / 2);
      for (const figure of cited) {
        expect(figure.area, map.id).toBeTruthy();
        const source = sources.get(figure.sourceId ?? '');
        // A figure read for #14 names the page, its publisher and the day it was read; older sources predate that.
        if (source?.retrieved !== undefined) expect(source, source.id).toMatchObject({ url: expect.stringMatching(/^https?:\/\//), publisher: expect.any(String) });
        expect(source, `${map.id}: ${figure.sourceId}`).toBeDefined();
      }
    }
  });

  it('mark the education levels the fact sheet could not verify, and only those', () => {
    const health = fixture('healthcare-pioneer-valley');
    expect(bySoc(health, '31-1131.00').educationNotVerified).toBe(true);
    expect(bySoc(health, '29-2042.00').educationNotVerified).toBeUndefined(); // EMT: from the OOH
    expect(bySoc(fixture('early-education-pioneer-valley'), '39-9011.00').educationNotVerified).toBe(true);
    expect(bySoc(fixture('advanced-manufacturing-pioneer-valley'), '51-4041.00').educationNotVerified).toBeUndefined(); // Machinist: OOH
  });

  it('give every wage in the grown manufacturing and IT samples its statistic, area, year and a listed source; every page read names its address, publisher and day', () => {
    for (const map of ['advanced-manufacturing-pioneer-valley', 'information-technology-massachusetts'].map(fixture)) {
      expect(map.occupations.length, map.id).toBeGreaterThanOrEqual(12);
      const sources = new Map((map.sources ?? []).map((source) => [source.id, source]));
      for (const { title, wage } of map.occupations) {
        if (wage === undefined) continue;
        const { statistic, area, year, sourceId } = wage;
        expect({ statistic, area, hasYear: year !== undefined }, title).toEqual({ statistic: 'median', area: 'United States', hasYear: true });
        expect(sources.get(sourceId ?? ''), title).toBeDefined();
      }
      for (const source of sources.values()) {
        if (source.retrieved === undefined) continue;
        expect(source.url, source.id).toMatch(/^https:\/\/\S+$/);
        expect(source.publisher?.trim(), source.id).toBeTruthy();
      }
    }
    // A group's figure says so where the card is read: the team assemblers' median is all assemblers and fabricators'.
    expect(bySoc(fixture('advanced-manufacturing-pioneer-valley'), '51-2092.00').summary).toMatch(/median for all assemblers and fabricators/);
  });
});
