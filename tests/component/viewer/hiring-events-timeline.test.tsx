import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { OccupationPanel } from '../../../src/features/viewer/details/occupation-panel';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';

const map = buildMap({
  sources: [{ id: 'news', label: 'Springfield Republican', year: 2025, url: 'https://www.masslive.com/' }],
  occupations: [
    { id: 'cna', title: 'Nursing Assistant' },
    { id: 'rn', title: 'Registered Nurse' },
  ],
  hiringEvents: [
    { id: 'a', date: '2024-05-01', employer: 'Holyoke Medical', kind: 'expansion', jobs: 40, occupationIds: ['cna'], sourceId: 'news' },
    { id: 'b', date: '2025-11-20', employer: 'Mercy Medical', kind: 'layoff', occupationIds: ['cna', 'rn'], note: 'Unit closing' },
    { id: 'c', date: '2025-01-10', employer: 'Baystate', kind: 'relocation', jobs: 0, occupationIds: ['rn'] },
  ],
});

beforeEach(() => useViewerStore.setState({ selectedOccupationId: 'cna', panel: 'details', view: 'map' }));

describe('Details: hiring events timeline', () => {
  it('lists the events naming the occupation, newest first, an unknown jobs count said as not known', () => {
    render(<OccupationPanel map={map} />);
    const timeline = within(screen.getByRole('region', { name: 'Hiring events' })).getByRole('list', {
      name: 'Hiring events for Nursing Assistant, newest first',
    });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '20 November 2025 · Lay-off · Mercy Medical · Jobs not known' + 'Unit closing',
      '1 May 2024 · Expansion · Holyoke Medical · +40 jobs' + 'Source: Springfield Republican (2025)',
    ]);
    expect(within(items[1]!).getByRole('link', { name: 'Springfield Republican' })).toHaveAttribute('href', 'https://www.masslive.com/');
    expect(items[0]!.querySelector('time')).toHaveAttribute('dateTime', '2025-11-20');
  });

  it('says a recorded 0 as 0, and leaves the section out when no event names the occupation', () => {
    useViewerStore.setState({ selectedOccupationId: 'rn' });
    const { unmount } = render(<OccupationPanel map={map} />);
    expect(screen.getByText(/Relocation/).closest('li')).toHaveTextContent('10 January 2025 · Relocation · Baystate · 0 jobs affected');
    unmount();
    render(<OccupationPanel map={{ ...map, hiringEvents: [] }} />);
    expect(screen.queryByRole('region', { name: 'Hiring events' })).toBeNull();
  });
});
