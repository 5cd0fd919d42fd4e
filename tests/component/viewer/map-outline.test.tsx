import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/domain/parse';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { OccupationPanel } from '../../../src/features/viewer/details/occupation-panel';
import { MapOutline } from '../../../src/features/viewer/outline/map-outline';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';

function sample(): PathwayMap {
  const result = parseMap(readFileSync(resolve('fixtures/healthcare-pioneer-valley.json'), 'utf8'));
  if (!result.ok) throw new Error('the healthcare sample does not parse');
  return result.map;
}

const ladderMap = buildMap({
  groups: [
    { id: 'lab', label: 'Laboratory' },
    { id: 'care', label: 'Direct care' },
    { id: 'empty', label: 'Empty group' },
  ],
  occupations: [
    { id: 'rn', title: 'Registered Nurse', groupId: 'care', level: 'advanced', wage: { amount: 90000, unit: 'year' } },
    { id: 'aide', title: 'Home Health Aide', groupId: 'care' },
    { id: 'cna', title: 'Nursing Assistant', groupId: 'care', level: 'entry', socCode: '31-1131.00', education: 'postsecondary-nondegree', highGrowth: true, apprenticeship: { registered: true } },
    { id: 'lpn', title: 'Licensed Practical Nurse', groupId: 'care', level: 'middle' },
    { id: 'phleb', title: 'Phlebotomist', groupId: 'lab', level: 'entry' },
    { id: 'scribe', title: 'Medical Scribe', level: 'middle' },
  ],
  transitions: [
    { id: 't1', from: 'cna', to: 'lpn', kind: 'advancement', typicalMonths: 12, requirements: ['PN program', 'NCLEX-PN'] },
    { id: 't2', from: 'lpn', to: 'rn', kind: 'advancement', costUsd: 9000, viaApprenticeship: true, notes: 'Bridge cohorts in spring.' },
    { id: 't3', from: 'aide', to: 'cna', kind: 'entry' },
    { id: 't4', from: 'phleb', to: 'cna', kind: 'lateral' },
    { id: 't5', from: 'scribe', to: 'cna' },
  ],
});

/** The texts of the headings of one level, in order. */
function headings(level: number): string[] {
  return screen.getAllByRole('heading', { level }).map((heading) => heading.textContent ?? '');
}

beforeEach(() => useViewerStore.setState({ selectedOccupationId: undefined, panel: 'routes', view: 'outline', centreRequest: undefined }));

describe('MapOutline', () => {
  it('is a labelled region of groups, in map order, then "Not in a group"; empty groups are left out', () => {
    render(<MapOutline map={ladderMap} />);
    expect(screen.getByRole('region', { name: 'Outline of Test map' })).toHaveTextContent('6 occupations and 5 moves');
    expect(headings(2)).toEqual(['Laboratory', 'Direct care', 'Not in a group']);
  });

  it('orders levels up the ladder within a group, then "Level not set"', () => {
    render(<MapOutline map={ladderMap} />);
    expect(headings(3)).toEqual(['Entry level', 'Entry level', 'Middle level', 'Advanced level', 'Level not set', 'Middle level']);
    expect(headings(4)).toEqual([
      'Phlebotomist',
      'Nursing Assistant',
      'Licensed Practical Nurse',
      'Registered Nurse',
      'Home Health Aide',
      'Medical Scribe',
    ]);
  });

  it('gives each occupation its SOC code, wage, education and highlights in words', () => {
    render(<MapOutline map={ladderMap} />);
    const cna = screen.getByRole('heading', { level: 4, name: 'Nursing Assistant' }).closest('li')!;
    expect(cna).toHaveTextContent('SOC 31-1131.00 · Wage not known · Postsecondary certificate');
    expect(cna).toHaveTextContent('Highlights: Bright Outlook (basis not stated), Registered apprenticeship');
    const rn = screen.getByRole('heading', { level: 4, name: 'Registered Nurse' }).closest('li')!;
    expect(rn).toHaveTextContent('$90,000 a year');
    expect(rn).toHaveTextContent('No moves out of this job on the map.');
  });

  it('marks unverified education and gives labor figures with their period and area', () => {
    const map = buildMap({
      occupations: [
        {
          id: 'electrician',
          title: 'Electrician',
          education: 'high-school',
          educationNotVerified: true,
          labor: { annualOpenings: 2570, growthPct: 29.3, period: { from: 2020, to: 2030 }, area: 'Massachusetts' },
        },
        { id: 'helper', title: 'Helper', labor: { employment: 500, year: 2024 } },
      ],
    });
    render(<MapOutline map={map} />);
    const electrician = screen.getByRole('heading', { level: 4, name: 'Electrician' }).closest('li')!;
    expect(electrician).toHaveTextContent('High school diploma (not verified)');
    expect(electrician).toHaveTextContent(
      'Labor market: 2,570 openings a year (annual average), 2020–2030, Massachusetts; +29.3% growth, 2020–2030, Massachusetts',
    );
    const helper = screen.getByRole('heading', { level: 4, name: 'Helper' }).closest('li')!;
    expect(helper).toHaveTextContent('Labor market: 500 employed, 2024, area not stated');
  });

  it('lists every move out of each occupation with what it takes', () => {
    render(<MapOutline map={ladderMap} />);
    const moves = (title: string) =>
      within(screen.getByRole('list', { name: `Where ${title} leads` }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(moves('Nursing Assistant')).toEqual(['→ Licensed Practical Nurse: advancement, about 12 months, requires PN program; NCLEX-PN']);
    expect(moves('Licensed Practical Nurse')).toEqual([
      '→ Registered Nurse: advancement, costs about $9,000, through an apprenticeship. Notes: Bridge cohorts in spring.',
    ]);
    expect(moves('Home Health Aide')).toEqual(['→ Nursing Assistant: way in']);
    expect(moves('Phlebotomist')).toEqual(['→ Nursing Assistant: lateral move']);
    expect(moves('Medical Scribe')).toEqual(['→ Nursing Assistant']);
  });

  it('lists every occupation, step and move of the healthcare sample', () => {
    const map = sample();
    render(<MapOutline map={map} />);
    expect(headings(4).sort()).toEqual([...map.occupations, ...map.steps].map((card) => card.title).sort());
    const moveLines = screen.getAllByRole('list', { name: /^Where .* leads$/ }).flatMap((list) => within(list).getAllByRole('listitem'));
    expect(moveLines).toHaveLength(map.transitions.length);
  });

  it('"Show details" selects the occupation, opens the details tab and takes focus to its heading', async () => {
    render(
      <>
        <MapOutline map={ladderMap} />
        <OccupationPanel map={ladderMap} />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show details of Licensed Practical Nurse' }));
    expect(useViewerStore.getState()).toMatchObject({ selectedOccupationId: 'lpn', panel: 'details', view: 'outline' });
    expect(screen.getByRole('heading', { level: 2, name: 'Licensed Practical Nurse' })).toHaveFocus();
  });

  it('"Show on map" switches to the map and asks it to centre the occupation', async () => {
    render(<MapOutline map={ladderMap} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show on map: Phlebotomist' }));
    const state = useViewerStore.getState();
    expect(state).toMatchObject({ view: 'map', selectedOccupationId: 'phleb', panel: 'details' });
    expect(state.centreRequest?.occupationId).toBe('phleb');
  });

  it('is reachable by keyboard: Tab walks the buttons in reading order', async () => {
    render(<MapOutline map={ladderMap} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Show details of Phlebotomist' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Show on map: Phlebotomist' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Show details of Nursing Assistant' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(useViewerStore.getState().selectedOccupationId).toBe('cna');
  });

  it('renders map text as text, never as markup', () => {
    const map = buildMap({ occupations: [{ id: 'x', title: '<img src=x onerror=alert(1)>Technician' }] });
    const { container } = render(<MapOutline map={map} />);
    expect(screen.getByRole('heading', { level: 4, name: '<img src=x onerror=alert(1)>Technician' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
