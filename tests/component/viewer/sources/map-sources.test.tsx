import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { OccupationPanel } from '../../../../src/features/viewer/details/occupation-panel';
import { AboutMap } from '../../../../src/features/viewer/sources/about-map';
import { useViewerStore } from '../../../../src/features/viewer/viewer-store';
import { buildMap } from '../../../support/build-map';

const map: PathwayMap = buildMap({
  schemaVersion: 2,
  description: 'Jobs in care.',
  sources: [
    {
      id: 'ooh',
      label: 'Occupational Outlook Handbook',
      publisher: 'U.S. Bureau of Labor Statistics',
      url: 'https://www.bls.gov/ooh/',
      year: 2024,
      retrieved: '2026-12-07',
    },
    { id: 'regs', label: 'Massachusetts regulations', notes: '105 CMR 156.' },
  ],
  occupations: [{ id: 'rn', title: 'Registered Nurse' }],
  steps: [{ id: 'nclex', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN', sourceIds: ['regs', 'ooh'] }],
});

beforeEach(() => useViewerStore.setState({ selectedOccupationId: undefined, panel: 'details', view: 'map' }));

describe("the viewer's sources", () => {
  it('lists every source in "About this map" with publisher, year, date retrieved and a safe link', async () => {
    render(<AboutMap map={map} />);
    await userEvent.setup().click(screen.getByText('About this map'));
    const list = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    expect(list.map((item) => item.textContent)).toEqual([
      'Occupational Outlook Handbook (U.S. Bureau of Labor Statistics, 2024, retrieved 2026-12-07) https://www.bls.gov/ooh/',
      'Massachusetts regulations 105 CMR 156.',
    ]);
    const link = within(list[0]!).getByRole('link', { name: 'https://www.bls.gov/ooh/' });
    expect(link).toHaveAttribute('href', 'https://www.bls.gov/ooh/');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('links only to web pages, even when a stored source says otherwise', () => {
    // Past the parser, as if stored data were tampered with: the list checks again where it draws.
    const tampered: PathwayMap = { ...map, sources: [{ id: 'x', label: 'Write to us', url: 'mailto:a@example.org' }, { id: 'y', label: 'Script', url: 'javascript:alert(1)' }] };
    const { container } = render(<AboutMap map={tampered} />);
    expect(screen.getByText('Write to us')).toBeInTheDocument();
    expect(container.querySelectorAll('a')).toHaveLength(0);
  });

  it('shows "About this map" for a map with sources and no description, and nothing for a map with neither', () => {
    const { rerender, container } = render(<AboutMap map={{ ...map, description: undefined }} />);
    expect(screen.getByText('About this map')).toBeInTheDocument();
    rerender(<AboutMap map={{ ...map, description: undefined, sources: [] }} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("lists a step card's sources in its details", () => {
    useViewerStore.setState({ selectedOccupationId: 'nclex' });
    render(<OccupationPanel map={map} />);
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Massachusetts regulations',
      'Occupational Outlook Handbook (U.S. Bureau of Labor Statistics, 2024, retrieved 2026-12-07)',
    ]);
    expect(within(sources).getByRole('link', { name: 'Occupational Outlook Handbook' })).toHaveAttribute('href', 'https://www.bls.gov/ooh/');
  });
});
