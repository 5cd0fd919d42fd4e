import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { OccupationPanel } from '../../../src/features/viewer/details/occupation-panel';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';
import { fullMap } from './details-sample';

function select(occupationId: string | undefined) {
  useViewerStore.setState({ selectedOccupationId: occupationId });
}

/** The section under the heading with this name. */
function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

beforeEach(() => useViewerStore.setState({ selectedOccupationId: undefined, panel: 'details', view: 'map' }));

describe('OccupationPanel', () => {
  it('asks for a choice when nothing is selected', () => {
    render(<OccupationPanel map={fullMap} />);
    expect(screen.getByText(/Choose an occupation on the map, in the outline or by search/)).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('shows the hint again when the selected occupation is not on the map', () => {
    select('gone');
    render(<OccupationPanel map={fullMap} />);
    expect(screen.getByText(/Choose an occupation/)).toBeInTheDocument();
  });

  it('heads the panel with the title, level, group, SOC code and highlights', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Licensed Practical Nurse' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Licensed Practical Nurse' })).toHaveTextContent('Middle level · Nursing · SOC 29-2061.00');
    const highlights = within(screen.getByRole('list', { name: 'Highlights' })).getAllByRole('listitem');
    expect(highlights.map((item) => item.textContent)).toEqual(['Priority', 'Bright Outlook (basis not stated)', 'Registered apprenticeship', 'Pre-apprenticeship']);
  });

  it('says why Bright Outlook flags an occupation, so openings alone are not called growth', () => {
    select('cna');
    render(<OccupationPanel map={buildMap({ occupations: [{ id: 'cna', title: 'Nursing Assistant', highGrowth: true, highGrowthBasis: ['numerous-openings'] }] })} />);
    const highlights = within(screen.getByRole('list', { name: 'Highlights' })).getAllByRole('listitem');
    expect(highlights.map((item) => item.textContent)).toEqual(['Bright Outlook: numerous openings']);
    expect(screen.queryByText(/growth/i)).toBeNull();
  });

  it('marks an education level that is not verified', () => {
    select('cna');
    render(<OccupationPanel map={buildMap({ occupations: [{ id: 'cna', title: 'Nursing Assistant', education: 'postsecondary-nondegree', educationNotVerified: true }] })} />);
    expect(section('Typical education')).toHaveTextContent('Postsecondary certificate (not verified)');
  });

  it('shows every section of a full occupation, each under its own heading', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Summary',
      'Wage',
      'Typical education',
      'Experience',
      'Credentials',
      'Apprenticeship',
      'Training programs',
      'Labor market',
      'Openings and completions',
      'Skills',
      'Moves into this job',
      'Where this job leads',
      'Links',
    ]);
    expect(section('Summary')).toHaveTextContent('Cares for patients under the direction of registered nurses.');
    expect(section('Typical education')).toHaveTextContent('Postsecondary certificate');
    expect(section('Experience')).toHaveTextContent('A year as a nursing assistant helps.');
    expect(within(section('Skills')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Patient care',
      'Medication administration',
    ]);
  });

  it('gives the wage with its unit, basis, area, year and linked source', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    const wage = section('Wage');
    expect(wage).toHaveTextContent('$52,000–$64,000 a year (median $58,000), about $25.00–$30.77 an hour at 2,080 hours a year');
    expect(wage).toHaveTextContent('AreaSpringfield, MA metro');
    expect(wage).toHaveTextContent('Year2024');
    expect(wage).toHaveTextContent('About these wages: 25th–75th percentile, OEWS May 2024');
    // The title is the link; the year follows it, and pointing at the citation gives the whole line.
    expect(wage).toHaveTextContent('SourceBLS OEWS (2024)');
    expect(within(wage).getByRole('link', { name: 'BLS OEWS' })).toHaveAttribute('href', 'https://www.bls.gov/oes/');
    expect(within(wage).getByTitle('Source: BLS OEWS (2024)')).toBeInTheDocument();
  });

  it('lists credentials with kind and issuer, linked where they have an address', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    const credentials = section('Credentials');
    const license = within(credentials).getByRole('link', { name: 'LPN license' });
    expect(license).toHaveAttribute('href', 'https://www.mass.gov/lpn');
    expect(license).toHaveAttribute('rel', 'noopener noreferrer');
    expect(credentials).toHaveTextContent('LPN license (License, issued by Massachusetts Board of Nursing)');
    expect(credentials).toHaveTextContent('CPR certification (Certification)');
    expect(within(credentials).getAllByRole('link')).toHaveLength(1);
  });

  it('describes the apprenticeship and its programs', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    const apprenticeship = section('Apprenticeship');
    expect(apprenticeship).toHaveTextContent('Registered apprenticeshipYes');
    expect(apprenticeship).toHaveTextContent('Pre-apprenticeshipYes');
    expect(apprenticeship).toHaveTextContent('RAPIDS code0881CB');
    const program = within(apprenticeship).getByRole('list', { name: 'Apprenticeship programs' });
    expect(within(program).getByRole('link', { name: 'LPN apprenticeship' })).toHaveAttribute('href', 'https://example.org/apprenticeship');
    expect(program).toHaveTextContent('SponsorBaystate Health');
    expect(program).toHaveTextContent('Length18 months');
    expect(program).toHaveTextContent('Starting wage$21.50 an hour, about $44,720 a year');
    // The block's starting pay leads the section, with the hours it assumes.
    expect(apprenticeship).toHaveTextContent('Starting pay: $21.50 an hour, about $44,720 a year at 2,080 hours a year');
  });

  it('says when an apprenticeship has no starting pay on file', () => {
    select('a');
    render(<OccupationPanel map={buildMap({ occupations: [{ id: 'a', title: 'Roofer', apprenticeship: { registered: true } }] })} />);
    expect(section('Apprenticeship')).toHaveTextContent('Starting pay not on file');
  });

  it('keeps the wage section when no wage is on file, saying "Wage not known" as the card does', () => {
    select('a');
    render(<OccupationPanel map={buildMap({ occupations: [{ id: 'a', title: 'Plumber' }] })} />);
    expect(section('Wage')).toHaveTextContent(/^WageWage not known: this map has no wage figure on file for this job\.$/);
  });

  it('gives training programs with provider, length, cost, capacity and completions', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    const training = section('Training programs');
    expect(within(training).getByRole('link', { name: 'Practical Nursing Certificate' })).toHaveAttribute('href', 'https://example.org/pn');
    for (const text of [
      'ProviderHolyoke Community College',
      'Length40 weeks',
      'Cost$14,500',
      'Capacity30 a year, 2024',
      'Completions24 a year, 2024',
      'SourceState labor market figures',
    ]) {
      expect(training).toHaveTextContent(text);
    }
  });

  it('says "not known" for a program\'s missing capacity, completions and provider, never 0', () => {
    select('cna');
    render(<OccupationPanel map={buildMap({ occupations: [{ id: 'cna', title: 'Nursing Assistant', training: [{ name: 'CNA course', durationWeeks: 6 }] }] })} />);
    const training = section('Training programs');
    for (const text of ['Providernot known', 'Capacitynot known', 'Completionsnot known']) expect(training).toHaveTextContent(text);
    expect(training).not.toHaveTextContent(/\b0\b/);
  });

  it('sets openings against completions, says the shortfall and caveats openings of another area', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    const comparison = section('Openings and completions');
    expect(comparison).toHaveTextContent('Completions fall short of openings by 386 a year.');
    expect(comparison).toHaveTextContent('Openings410 a year (annual average), 2022–2032, Massachusetts');
    expect(comparison).toHaveTextContent('Completions24 a year, 2024');
    // The sample map names no region, so the comparison cannot tell whether the programs are in Massachusetts.
    expect(comparison).toHaveTextContent("Note: the openings count Massachusetts; the map does not say where its programs are.");
  });

  it('says openings against completions are not known when no program reports completions', () => {
    select('cna');
    render(<OccupationPanel map={buildMap({ occupations: [{ id: 'cna', title: 'Nursing Assistant', labor: { annualOpenings: 90 }, training: [{ name: 'CNA course', capacity: 20 }] }] })} />);
    const comparison = section('Openings and completions');
    expect(comparison).toHaveTextContent('Not known: no training program reports completions.');
    expect(comparison).toHaveTextContent('Completionsnot known');
  });

  it('gives each labor figure with its statistic, period or year, area, and the source', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    const labor = section('Labor market');
    for (const text of [
      'Openings a year410 openings a year (annual average), 2022–2032, Massachusetts',
      'Growth+5.5% growth, 2022–2032, Massachusetts',
      'Employment9,200 employed, 2024, Massachusetts',
      'RepresentationWomen: 88% · Minority workers: 31%, 2024, Massachusetts',
      'SourceState labor market figures',
    ]) {
      expect(labor).toHaveTextContent(text);
    }
    // The source has no address, so it is named but not linked.
    expect(within(labor).queryByRole('link')).toBeNull();
  });

  it('says a representation share the map does not have as "not known", never 0', () => {
    select('cna');
    render(<OccupationPanel map={buildMap({ occupations: [{ id: 'cna', title: 'Nursing Assistant', labor: { femalePct: 90, year: 2024, area: 'Massachusetts' } }] })} />);
    expect(section('Labor market')).toHaveTextContent('RepresentationWomen: 90% · Minority workers: not known, 2024, Massachusetts');
  });

  it('says "area not stated" for labor figures that do not say where they count, and marks unverified ones', () => {
    select('cna');
    render(<OccupationPanel map={buildMap({ occupations: [{ id: 'cna', title: 'Nursing Assistant', labor: { employment: 38130, year: 2025, notVerified: true } }] })} />);
    expect(section('Labor market')).toHaveTextContent('Employment38,130 employed, 2025, area not stated (not verified)');
  });

  it('lists moves in and out with what each takes', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    const into = section('Moves into this job');
    expect(within(into).getByRole('button', { name: 'Nursing Assistant' })).toBeInTheDocument();
    expect(into).toHaveTextContent('advancement · about 12 months · costs about $14,500 · through an apprenticeship');
    expect(within(into).getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      expect.arrayContaining(['Practical nursing program', 'Pass the NCLEX-PN']),
    );
    expect(into).toHaveTextContent('Notes: Evening cohorts start each fall.');
    const out = section('Where this job leads');
    expect(within(out).getByRole('button', { name: 'Registered Nurse' })).toBeInTheDocument();
    expect(out).toHaveTextContent('advancement · about 24 months');
    expect(out).toHaveTextContent('ADN bridge program');
  });

  it('a move shows the occupation at its other end and takes focus to it', async () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    await userEvent.click(within(section('Where this job leads')).getByRole('button', { name: 'Registered Nurse' }));
    expect(useViewerStore.getState().selectedOccupationId).toBe('rn');
    const heading = screen.getByRole('heading', { level: 2, name: 'Registered Nurse' });
    expect(heading).toHaveFocus();
    expect(within(section('Moves into this job')).getByRole('button', { name: 'Licensed Practical Nurse' })).toBeInTheDocument();
  });

  it('links the map’s links and the O*NET page for the SOC code', () => {
    select('lpn');
    render(<OccupationPanel map={fullMap} />);
    const links = section('Links');
    expect(within(links).getByRole('link', { name: 'Nursing careers guide' })).toHaveAttribute('href', 'https://example.org/guide');
    expect(within(links).getByRole('link', { name: 'O*NET OnLine summary for SOC 29-2061.00' })).toHaveAttribute(
      'href',
      'https://www.onetonline.org/link/summary/29-2061.00',
    );
  });

  it('lists the O*NET page once when the map already links it', () => {
    const map = buildMap({
      occupations: [
        { id: 'a', title: 'Aide', socCode: '31-1131.00', links: [{ label: 'O*NET: Aides', url: 'https://www.onetonline.org/link/summary/31-1131.00' }] },
      ],
    });
    select('a');
    render(<OccupationPanel map={map} />);
    expect(within(section('Links')).getAllByRole('link')).toHaveLength(1);
  });

  it('leaves out the sections of a bare occupation and never says "undefined"', () => {
    const map = buildMap({
      occupations: [
        { id: 'a', title: 'Aide', wage: { amount: 18, unit: 'hour' }, labor: {}, apprenticeship: { registered: false }, skills: [' '] },
      ],
    });
    select('a');
    const { container } = render(<OccupationPanel map={map} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Wage', 'Apprenticeship']);
    expect(section('Wage')).toHaveTextContent('$18.00 an hour');
    // Only what a figure is: its statistic isn't stated, and is said so (never taken for a median).
    expect(section('Wage').querySelector('dl')).toHaveTextContent(/^StatisticNot stated$/);
    expect(section('Apprenticeship')).toHaveTextContent('Registered apprenticeshipNo');
    expect(section('Apprenticeship')).not.toHaveTextContent('Pre-apprenticeship');
    expect(container).not.toHaveTextContent(/undefined|null|NaN/);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('never turns an unsafe address into a link, and builds no O*NET link from a malformed SOC code', () => {
    // Built past the parser, as if a map had got in some other way: the panel must still refuse.
    const [base] = fullMap.occupations.filter((occupation) => occupation.id === 'lpn');
    const hostile: PathwayMap = {
      ...fullMap,
      sources: [{ id: 'oews', label: 'Bad source', url: 'javascript:alert(1)' }],
      occupations: [
        {
          ...base!,
          socCode: '29-2061"><script>',
          credentials: [{ name: 'Bad credential', kind: 'license', url: 'javascript:alert(1)' }],
          links: [{ label: 'Bad link', url: ' java\tscript:alert(1)' }],
          training: [{ name: 'Bad training', url: 'data:text/html,<script>alert(1)</script>' }],
          apprenticeship: { registered: true, programs: [{ name: 'Bad program', url: 'vbscript:msgbox(1)' }] },
        },
      ],
      transitions: [],
    };
    select('lpn');
    const { container } = render(<OccupationPanel map={hostile} />);
    for (const text of ['Bad source', 'Bad credential', 'Bad link', 'Bad training', 'Bad program']) {
      expect(screen.getByText(text, { exact: false })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: new RegExp(text) })).toBeNull();
    }
    expect(screen.queryByRole('link', { name: /O\*NET/ })).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.querySelector('script')).toBeNull();
  });
});
