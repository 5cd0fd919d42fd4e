import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { occupationRows } from '../../src/domain/csv/map-to-rows';
import { findRoutes } from '../../src/domain/graph/find-routes';
import { parseMap } from '../../src/domain/parse';
import type { Occupation, PathwayMap } from '../../src/domain/schema/map';
import { WAGE_STATISTICS } from '../../src/domain/wage-statistic';
import { OccupationDetails } from '../../src/features/canvas/occupation-details';
import { toFlowElements, type OccupationNodeData } from '../../src/features/canvas/to-flow-elements';
import { mapPicture } from '../../src/features/editor/map-picture';
import { OccupationPanel } from '../../src/features/viewer/details/occupation-panel';
import { OutlineOccupation } from '../../src/features/viewer/outline/outline-occupation';
import { RouteHandout } from '../../src/features/viewer/routes/route-handout';
import { useViewerStore } from '../../src/features/viewer/viewer-store';
import { buildMap } from '../support/build-map';

// Issue #14: no text or export the app writes calls a figure "median" unless its statistic is the
// median. Each text is collected with the occupations whose wages it shows; it may say "median" only
// when one of them is a median. The map's own prose (wage basis, source titles) is the author's,
// and is left out: it may well say "U.S. median wages" of the figures that are medians.

function samples(): Array<[string, PathwayMap]> {
  return readdirSync(resolve('fixtures'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const result = parseMap(readFileSync(resolve('fixtures', name), 'utf8'));
      if (!result.ok) throw new Error(`${name} does not parse`);
      return [name, result.map];
    });
}

/** A ladder of jobs, one for each statistic and one that doesn't state it, each paid more than the last. */
function everyStatistic(): PathwayMap {
  const statistics = [...WAGE_STATISTICS, undefined];
  const occupations = statistics.map((statistic, index) => ({
    id: `job-${index}`,
    title: `Job ${index + 1}`,
    level: 'entry',
    wage:
      statistic === 'employer-range'
        ? { statistic, min: 40000 + index * 1000, max: 50000 + index * 1000, unit: 'year' }
        : { ...(statistic ? { statistic } : {}), amount: 40000 + index * 1000, unit: 'year' },
  }));
  const transitions = occupations.slice(1).map((occupation, index) => ({ id: `move-${index}`, from: `job-${index}`, to: occupation.id }));
  return buildMap({ occupations, transitions });
}

/** The map without its author's prose about wages and sources (see above). */
function withoutProse(map: PathwayMap): PathwayMap {
  return { ...map, wageBasis: undefined, sources: map.sources.map((source, index) => ({ id: source.id, label: `Source ${index + 1}` })) };
}

type Said = { where: string; text: string; about: readonly Occupation[] };

const textOf = (element: Element) => element.textContent ?? '';

function svgText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text = '']) => text).join(' ');
}

/** Every text the app writes about wages, with the occupations each is about. */
function texts(map: PathwayMap): Said[] {
  const said: Said[] = [];
  const withWage = map.occupations.filter((occupation) => occupation.wage);
  const rows = occupationRows(map);
  const header = rows[0] ?? [];
  const { nodes } = toFlowElements(map);
  for (const occupation of withWage) {
    const about = [occupation];
    const row = rows.find((cells) => cells[header.indexOf('id')] === occupation.id) ?? [];
    said.push({ where: `CSV row of ${occupation.id}`, text: row.join(','), about });
    const picture = mapPicture(map, [{ id: occupation.id, position: { x: 0, y: 0 } }], new Date('2026-12-07T00:00:00Z'));
    said.push({ where: `SVG card of ${occupation.id}`, text: svgText(picture), about });

    useViewerStore.setState({ selectedOccupationId: occupation.id, panel: 'details', view: 'map' });
    said.push({ where: `details of ${occupation.id}`, text: textOf(render(<OccupationPanel map={map} />).container), about });
    cleanup();

    const node = nodes.find((candidate) => candidate.id === occupation.id);
    said.push({ where: `card of ${occupation.id}`, text: textOf(render(<OccupationDetails data={node?.data as OccupationNodeData} />).container), about });
    cleanup();

    const outline = render(<OutlineOccupation occupation={occupation} moves={[]} titleOf={() => ''} />);
    said.push({ where: `outline of ${occupation.id}`, text: textOf(outline.container), about });
    cleanup();

    // The route to it from the map's first job (from no experience for that job itself): its handout, chart included.
    const first = map.occupations[0]?.id;
    const from = first === occupation.id ? null : (first ?? null);
    const route = findRoutes(map, { from, to: occupation.id, limit: 1 }).routes[0];
    if (route) {
      const handout = render(<RouteHandout map={map} route={route} fromLabel={from ?? 'no experience'} />);
      said.push({ where: `route handout to ${occupation.id}`, text: textOf(handout.container), about: route.occupations });
      cleanup();
    }
  }
  return said;
}

const namesMedian = (about: readonly Occupation[]) => about.some((occupation) => occupation.wage?.statistic === 'median');

beforeEach(() => useViewerStore.getState().openMap('honest-wages'));
afterEach(cleanup);

describe('a wage says which statistic it is', () => {
  it.each(samples())('%s: no text or export calls a figure "median" unless it is one', (_name, sample) => {
    const said = texts(withoutProse(sample));
    for (const { where, text, about } of said) {
      if (!namesMedian(about)) expect(text, where).not.toMatch(/median/i);
    }
  });

  it('the healthcare sample’s 2019 Springfield means are called means in the chart, the handout, the details, CSV and SVG', () => {
    const healthcare = samples().find(([name]) => name.startsWith('healthcare'))?.[1];
    if (!healthcare) throw new Error('no healthcare sample');
    const said = texts(withoutProse(healthcare)).filter(({ about }) => about.every((occupation) => occupation.wage?.area === 'Springfield, MA metro'));
    expect(said.map(({ where }) => where)).toEqual(expect.arrayContaining(['details of lpn', 'CSV row of lpn', 'SVG card of lpn', 'route handout to rn']));
    for (const { where, text } of said) expect(text, where).toMatch(/mean/i);
    const handout = said.find(({ where }) => where === 'route handout to rn');
    expect(handout?.text).toContain('Mean wage a year at each step.');
  });

  it('a map with every statistic names each one, and "median" only for the median', () => {
    const map = everyStatistic();
    const said = texts(map);
    for (const { where, text, about } of said) {
      if (!namesMedian(about)) expect(text, where).not.toMatch(/median/i);
    }
    const details = (id: string) => said.find(({ where }) => where === `details of ${id}`)?.text;
    expect(details('job-0')).toContain('$40,000 a year (mean)');
    expect(details('job-1')).toContain('$41,000 a year (median)');
    expect(details('job-2')).toContain('$42,000 a year (10th percentile)');
    expect(details('job-5')).toContain('$45,000 a year (90th percentile)');
    expect(details('job-6')).toContain('$46,000–$56,000 a year (employer-reported range)');
    expect(details('job-7')).toContain('$47,000 a year (statistic not stated)');
    // The route through all of them says the statistics differ, and names each.
    const handout = said.find(({ where }) => where === 'route handout to job-7')?.text ?? '';
    expect(handout).toContain('Wage (mean, median, 10th percentile, 25th percentile, 75th percentile, 90th percentile or statistic not stated) a year at each step.');
  });
});
