import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MapCanvas } from '../../src/features/canvas/map-canvas';
import { buildMap } from '../support/build-map';

const map = buildMap({
  title: 'Healthcare',
  groups: [{ id: 'care', label: 'Direct care', color: '#2a7' }],
  occupations: [
    {
      id: 'cna',
      title: 'Nursing Assistant',
      groupId: 'care',
      level: 'entry',
      socCode: '31-1131.00',
      wage: { median: 46680, unit: 'year' },
      highGrowth: true,
      apprenticeship: { registered: true },
    },
    { id: 'lpn', title: '<img src=x onerror=alert(1)> LPN', groupId: 'care', level: 'middle' },
  ],
  transitions: [{ id: 'cna-to-lpn', from: 'cna', to: 'lpn', kind: 'advancement' }],
});

describe('MapCanvas', () => {
  it('draws a card per occupation with its level, SOC code, wage and highlights', async () => {
    render(<MapCanvas map={map} />);
    const card = await screen.findByRole('group', { name: 'Nursing Assistant' });
    expect(card).toHaveTextContent('Entry level · SOC 31-1131.00');
    expect(card).toHaveTextContent('$46,680 a year');
    expect(within(card).getByRole('list', { name: 'Highlights' })).toHaveTextContent('ApprenticeableHigh growth');
  });

  it('says so when a wage is not known, rather than showing nothing', async () => {
    render(<MapCanvas map={map} />);
    expect(await screen.findByRole('group', { name: /LPN$/ })).toHaveTextContent('Wage not known');
  });

  it('shows HTML in map text as text', async () => {
    const { container } = render(<MapCanvas map={map} />);
    expect(screen.getByText('<img src=x onerror=alert(1)> LPN')).toBeInTheDocument();
    expect(container.querySelector('.occupation-card img')).toBeNull();
  });

  it('draws each move as an arrow between the two cards', async () => {
    render(<MapCanvas map={map} />);
    expect(await screen.findByRole('img', { name: 'Move from Nursing Assistant to <img src=x onerror=alert(1)> LPN' })).toBeInTheDocument();
  });
});
