import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WageSection } from '../../../src/features/viewer/details/wage-section';
import { buildMap } from '../../support/build-map';

describe('a card’s earlier wages in its details', () => {
  it('lists the wages a sheet update replaced, newest first, with the day', () => {
    const map = buildMap({ occupations: [{ id: 'rn', title: 'RN' }] });
    render(
      <WageSection
        map={map}
        wage={{ statistic: 'median', amount: 91520, unit: 'year', year: 2024 }}
        earlier={[
          { statistic: 'mean', amount: 70000, unit: 'year', year: 2015, replacedOn: '2020-01-02' },
          { statistic: 'mean', amount: 82650, unit: 'year', year: 2019, area: 'Springfield', replacedOn: '2026-12-07' },
        ]}
      />,
    );
    expect(screen.getByRole('list', { name: 'Earlier wages' }).textContent).toBe(
      'Earlier: $82,650 a year (mean), 2019, Springfield — replaced 2026-12-07' + 'Earlier: $70,000 a year (mean), 2015 — replaced 2020-01-02',
    );
  });

  it('shows no earlier wages when there are none', () => {
    render(<WageSection map={buildMap({})} wage={{ amount: 20, unit: 'hour' }} />);
    expect(screen.queryByRole('list', { name: 'Earlier wages' })).toBeNull();
  });
});
