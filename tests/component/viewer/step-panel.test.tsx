import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { OccupationPanel } from '../../../src/features/viewer/details/occupation-panel';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';

const map: PathwayMap = {
  ...buildMap({
    schemaVersion: 2,
    levels: [
      { id: 'entry', label: 'Entry' },
      { id: 'licensed', label: 'Licensed' },
    ],
    groups: [{ id: 'care', label: 'Direct care' }],
    occupations: [{ id: 'rn', title: 'Registered Nurse', level: 'licensed' }],
    steps: [
      {
        id: 'nclex-rn',
        kind: 'credential',
        credentialType: 'license',
        title: 'NCLEX-RN',
        level: 'licensed',
        groupId: 'care',
        summary: 'The registered nurse licence exam.',
        issuer: 'NCSBN',
        url: 'https://www.ncsbn.org/nclex.page',
        toGetIn: {
          type: 'any',
          count: 1,
          of: [
            { type: 'education', cardId: 'adn' },
            { type: 'education', education: 'bachelor' },
          ],
        },
        links: [{ label: 'Write to the board', url: 'mailto:board@example.org' }],
      },
      { id: 'adn', kind: 'program', programType: 'training', title: 'Associate degree in nursing (ADN)', lengthMonths: 24, format: 'hybrid', startingWage: 18.5 },
      { id: 'hours', kind: 'experience', title: 'Clinical hours', hours: 2000 },
    ],
  }),
  // Moves joining steps, set after parsing: the panel reads whatever map it is given.
  transitions: [
    { id: 'adn-to-nclex', from: 'adn', to: 'nclex-rn' },
    { id: 'nclex-to-rn', from: 'nclex-rn', to: 'rn' },
  ],
};

// A link the parser would refuse, as if stored data were tampered with: the panel checks again where it draws.
map.steps[0]!.links!.unshift({ label: 'A script', url: 'javascript:alert(1)' });

const select = (id: string) => useViewerStore.setState({ selectedOccupationId: id });

beforeEach(() => useViewerStore.setState({ selectedOccupationId: undefined, panel: 'details', view: 'map' }));

describe('StepPanel (the details of a selected step card)', () => {
  it('heads the panel with the title, kind, level and group', () => {
    select('nclex-rn');
    render(<OccupationPanel map={map} />);
    expect(screen.getByRole('heading', { level: 2, name: 'NCLEX-RN' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'NCLEX-RN' })).toHaveTextContent('Credential · License · Licensed · Direct care');
  });

  it('reads out what it takes to get in, naming the cards it points at', () => {
    select('nclex-rn');
    render(<OccupationPanel map={map} />);
    expect(screen.getByRole('region', { name: 'To get in' })).toHaveTextContent("any 1 of: Associate degree in nursing (ADN), Bachelor's degree");
  });

  it('lists the facts of its kind, and leaves out what is not known', () => {
    select('adn');
    render(<OccupationPanel map={map} />);
    const facts = screen.getByRole('article').querySelector('dl');
    expect(facts).toHaveTextContent('Length24 monthsFormatHybridStarting wage$18.50 an hour, about $38,480 a year at 2,080 hours a year');
    expect(facts).not.toHaveTextContent('Cost');
    expect(facts).not.toHaveTextContent('Provider');
  });

  it("says an apprenticeship's starting pay, or that none is on file; a training program without one says nothing", () => {
    const programs = buildMap({
      schemaVersion: 2,
      occupations: [{ id: 'e', title: 'Electrician' }],
      steps: [
        { id: 'paid', kind: 'program', programType: 'registered-apprenticeship', title: 'Inside wireman apprenticeship', startingWage: 19.25 },
        { id: 'unpaid', kind: 'program', programType: 'pre-apprenticeship', title: 'Building pathways' },
        { id: 'course', kind: 'program', programType: 'training', title: 'OSHA 10 course' },
      ],
    });
    const facts = (id: string) => {
      select(id);
      const { unmount } = render(<OccupationPanel map={programs} />);
      const text = screen.getByRole('article').querySelector('dl')?.textContent ?? '';
      unmount();
      return text;
    };
    expect(facts('paid')).toContain('Starting wage$19.25 an hour, about $40,040 a year at 2,080 hours a year');
    expect(facts('unpaid')).toContain('Starting wageNot on file');
    expect(facts('course')).not.toContain('Starting wage');
  });

  it('links out only to http(s) and mailto addresses', () => {
    select('nclex-rn');
    render(<OccupationPanel map={map} />);
    const links = screen.getByRole('region', { name: 'Links' });
    expect(within(links).getByRole('link', { name: 'NCLEX-RN: web page' })).toHaveAttribute('href', 'https://www.ncsbn.org/nclex.page');
    expect(within(links).getByRole('link', { name: 'Write to the board' })).toHaveAttribute('href', 'mailto:board@example.org');
    expect(within(links).queryByRole('link', { name: 'A script' })).toBeNull();
    expect(within(links).getByText('A script')).toBeInTheDocument();
  });

  it('names the cards before and after it, and shows one when asked', async () => {
    select('nclex-rn');
    render(<OccupationPanel map={map} />);
    expect(screen.getByRole('region', { name: 'Comes after' })).toHaveTextContent('Associate degree in nursing (ADN)');
    await userEvent.click(within(screen.getByRole('region', { name: 'Leads to' })).getByRole('button', { name: 'Registered Nurse' }));
    expect(useViewerStore.getState().selectedOccupationId).toBe('rn');
  });

  it('gives an experience step its hours', () => {
    select('hours');
    render(<OccupationPanel map={map} />);
    expect(screen.getByRole('article', { name: 'Clinical hours' })).toHaveTextContent('Experience · 2,000 hours');
    expect(screen.queryByRole('region', { name: 'To get in' })).toBeNull();
  });
});
