import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RouteJobFacts } from '../../../src/features/viewer/routes/route-job-facts';
import { buildMap } from '../../support/build-map';

const map = buildMap({
  sources: [{ id: 'pc', label: 'Projections Central' }],
  occupations: [
    { id: 'helper', title: 'Electrician Helper' },
    {
      id: 'electrician',
      title: 'Electrician',
      education: 'high-school',
      educationNotVerified: true,
      highGrowth: true,
      highGrowthBasis: ['rapid-growth', 'numerous-openings'],
      labor: { growthPct: 29.3, period: { from: 2020, to: 2030 }, area: 'Massachusetts', sourceId: 'pc' },
    },
    { id: 'aide', title: 'Aide', highGrowth: true, labor: { annualOpenings: 40 } },
  ],
});

describe('the route handout: about these jobs', () => {
  it('gives each figure with its period, area and source, the flag with its basis, and marks what is not verified', () => {
    render(<RouteJobFacts map={map} occupations={map.occupations} />);
    const items = within(screen.getByRole('region', { name: 'About these jobs' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Electrician: Typical education: High school diploma (not verified); Bright Outlook: rapid growth, numerous openings; +29.3% growth, 2020–2030, Massachusetts (Projections Central)',
      'Aide: Bright Outlook (basis not stated); 40 openings a year (annual average), period not stated, area not stated',
    ]);
  });

  it('says nothing when no job on the route has such facts', () => {
    render(<RouteJobFacts map={map} occupations={map.occupations.slice(0, 1)} />);
    expect(screen.queryByRole('region', { name: 'About these jobs' })).toBeNull();
  });
});
