import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { MapOutline } from '../../../src/features/viewer/outline/map-outline';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';

const map: PathwayMap = {
  ...buildMap({
    schemaVersion: 2,
    levels: [
      { id: 'term-1', label: 'Term 1' },
      { id: 'term-2', label: 'Term 2' },
    ],
    occupations: [{ id: 'rn', title: 'Registered Nurse', level: 'term-2' }],
    steps: [
      { id: 'nclex-rn', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN', level: 'term-2', toGetIn: { type: 'any', of: [{ type: 'program', cardId: 'adn' }, { type: 'other', text: 'BSN' }] } },
      { id: 'adn', kind: 'program', programType: 'training', title: 'ADN', level: 'term-1', lengthMonths: 24 },
      { id: 'review', kind: 'milestone', title: 'First review' },
    ],
  }),
  transitions: [{ id: 'licensed', from: 'nclex-rn', to: 'rn', kind: 'entry' }],
};

beforeEach(() => useViewerStore.setState({ selectedOccupationId: undefined, panel: 'routes', view: 'outline' }));

describe('MapOutline: steps between jobs', () => {
  it("lists the steps under the map's own levels, in their order, then those with no level", () => {
    render(<MapOutline map={map} />);
    const steps = screen.getByRole('heading', { level: 2, name: 'Steps between jobs' }).closest('section') as HTMLElement;
    const order = within(steps)
      .getAllByRole('heading')
      .map((heading) => `${heading.tagName} ${heading.textContent}`);
    expect(order).toEqual(['H2 Steps between jobs', 'H3 Term 1', 'H4 ADN', 'H3 Term 2', 'H4 NCLEX-RN', 'H3 Level not set', 'H4 First review']);
  });

  it('gives each step its kind, figures, what it takes to get in and where it leads', () => {
    render(<MapOutline map={map} />);
    const nclex = screen.getByRole('heading', { level: 4, name: 'NCLEX-RN' }).closest('li') as HTMLElement;
    expect(nclex).toHaveTextContent('Credential · License');
    expect(nclex).toHaveTextContent('To get in: any 1 of: ADN, BSN');
    expect(within(screen.getByRole('list', { name: 'Where NCLEX-RN leads' })).getAllByRole('listitem')[0]).toHaveTextContent('Registered Nurse');
    expect(screen.getByRole('heading', { level: 4, name: 'ADN' }).closest('li')).toHaveTextContent('Program · Training · 24 months');
  });

  it('"Show details" selects the step and opens the details tab', async () => {
    render(<MapOutline map={map} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show details of NCLEX-RN' }));
    expect(useViewerStore.getState()).toMatchObject({ selectedOccupationId: 'nclex-rn', panel: 'details' });
  });

  it('has no steps section on a map without steps', () => {
    render(<MapOutline map={{ ...map, steps: [] }} />);
    expect(screen.queryByRole('heading', { name: 'Steps between jobs' })).toBeNull();
  });
});
