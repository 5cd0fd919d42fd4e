import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RouteFinder } from '../../../../src/features/viewer/routes/route-finder';
import { useViewerStore } from '../../../../src/features/viewer/viewer-store';
import { buildMap } from '../../../support/build-map';

// A 10th percentile and a mean are different figures: their difference is no pay rise.
const mixed = buildMap({
  occupations: [
    { id: 'aide', title: 'Aide', level: 'entry', wage: { amount: 20, unit: 'hour', statistic: 'p10' } },
    { id: 'clerk', title: 'Clerk', level: 'entry', wage: { amount: 40000, unit: 'year' } },
    { id: 'lead', title: 'Lead', level: 'advanced', wage: { amount: 62400, unit: 'year', statistic: 'mean' } },
  ],
  transitions: [
    { id: 'aide-lead', from: 'aide', to: 'lead', typicalMonths: 6 },
    { id: 'clerk-lead', from: 'clerk', to: 'lead', typicalMonths: 12 },
  ],
});

let opened = 0;
beforeEach(() => {
  opened += 1;
  useViewerStore.getState().openMap(`gain-map-${opened}`);
});

async function routeFrom(from: string) {
  const user = userEvent.setup();
  render(<RouteFinder map={mixed} />);
  await user.selectOptions(screen.getByLabelText('From (current job)'), from);
  await user.selectOptions(screen.getByLabelText('To (goal)'), 'Lead');
  const [route] = within(screen.getByRole('list', { name: 'Routes found' })).getAllByRole('button');
  await user.click(route!);
  return route!;
}

describe('a route’s wage gain between figures of different statistics', () => {
  it('is "not comparable", naming both statistics, in the list, the details and the handout', async () => {
    const route = await routeFrom('Aide');
    expect(route).toHaveTextContent('Wage gain: not comparable (10th percentile vs mean)');
    const details = screen.getByRole('region', { name: 'Route 1 step by step' });
    expect(details).toHaveTextContent('Wage gainnot comparable (10th percentile vs mean)');
    expect(document.querySelector('.route-handout')).toHaveTextContent('Wage gainnot comparable (10th percentile vs mean)');
    // Subtracted, $62,400 − $20 × 2,080 hours would read +$20,800.
    expect(document.body).not.toHaveTextContent('$20,800');
  });

  it('says so when a figure’s statistic is not stated', async () => {
    const route = await routeFrom('Clerk');
    expect(route).toHaveTextContent('Wage gain: not comparable (statistic not stated vs mean)');
    expect(document.body).not.toHaveTextContent('$22,400');
  });
});
