import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../../src/features/viewer/filters/filter-bar';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';
import { openTestMap, viewerTestMap } from './viewer-test-map';

beforeEach(openTestMap);

function renderBar() {
  const user = userEvent.setup();
  render(<FilterBar map={viewerTestMap} />);
  return { user };
}

const chips = () => screen.queryByRole('list', { name: 'Active filters' });

describe('FilterBar', () => {
  it('offers the five filters as toggle buttons and a wage box, with nothing on', () => {
    renderBar();
    for (const name of ['Apprenticeable', 'No degree needed', 'High growth', 'Many openings', 'Priority or critical']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }
    expect(screen.getByRole('textbox', { name: 'Minimum wage ($/hour)' })).toHaveValue('');
    expect(chips()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('a toggle turns its filter on and off, shows its chip and counts the matches', async () => {
    const { user } = renderBar();
    await user.click(screen.getByRole('button', { name: 'High growth' }));
    expect(useViewerStore.getState().filter.highGrowth).toBe(true);
    expect(screen.getByRole('button', { name: 'High growth' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 occupations matches');
    expect(within(chips()!).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['High growth']);

    await user.click(screen.getByRole('button', { name: 'Priority or critical' }));
    expect(screen.getByRole('status')).toHaveTextContent('0 of 3 occupations match');

    await user.click(screen.getByRole('button', { name: 'High growth' }));
    expect(useViewerStore.getState().filter.highGrowth).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 occupations matches');
  });

  it('tells rapid growth from numerous openings: a card flagged for openings alone is not "High growth"', async () => {
    const user = userEvent.setup();
    const map = buildMap({
      occupations: [
        { id: 'cna', title: 'Nursing Assistant', highGrowth: true, highGrowthBasis: ['numerous-openings'] },
        { id: 'rn', title: 'Registered Nurse', highGrowth: true, highGrowthBasis: ['rapid-growth', 'numerous-openings'] },
        { id: 'emt', title: 'EMT', highGrowth: true, highGrowthBasis: ['rapid-growth'] },
        { id: 'old', title: 'Flagged before the basis was recorded', highGrowth: true },
      ],
    });
    render(<FilterBar map={map} />);
    await user.click(screen.getByRole('button', { name: 'High growth' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 of 4 occupations match');
    await user.click(screen.getByRole('button', { name: 'High growth' }));
    await user.click(screen.getByRole('button', { name: 'Many openings' }));
    expect(screen.getByRole('button', { name: 'Many openings' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 4 occupations match');
    expect(within(chips()!).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['Many openings']);
    expect(useViewerStore.getState().filter).toMatchObject({ highGrowth: false, manyOpenings: true });
  });

  it("a chip's button clears only its own filter", async () => {
    const { user } = renderBar();
    await user.click(screen.getByRole('button', { name: 'Apprenticeable' }));
    await user.click(screen.getByRole('button', { name: 'No degree needed' }));
    await user.click(screen.getByRole('button', { name: 'Clear filter: Apprenticeable' }));
    expect(useViewerStore.getState().filter).toMatchObject({ apprenticeable: false, noDegree: true });
    expect(within(chips()!).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['No degree needed']);
  });

  it('a wage floor filters as the user types, in dollars an hour; yearly wages count at 2,080 hours', async () => {
    const { user } = renderBar();
    const wage = screen.getByRole('textbox', { name: 'Minimum wage ($/hour)' });
    await user.type(wage, '27.5');
    expect(useViewerStore.getState().filter.minHourlyWage).toBe(27.5);
    // $57,200 a year is $27.50 an hour.
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 occupations matches');
    expect(within(chips()!).getByRole('listitem')).toHaveTextContent('At least $27.50 an hour');
  });

  it('says so when the wage is not an amount, and leaves the wage floor off', async () => {
    const { user } = renderBar();
    const wage = screen.getByRole('textbox', { name: 'Minimum wage ($/hour)' });
    await user.type(wage, '-5');
    expect(wage).toHaveAttribute('aria-invalid', 'true');
    expect(wage).toHaveAccessibleDescription('Enter an hourly wage in dollars, 0 or more.');
    expect(useViewerStore.getState().filter.minHourlyWage).toBeUndefined();
    await user.clear(wage);
    await user.type(wage, '$20');
    expect(wage).not.toHaveAttribute('aria-invalid');
    expect(useViewerStore.getState().filter.minHourlyWage).toBe(20);
  });

  it('"Clear filters" turns everything off and empties the wage box', async () => {
    const { user } = renderBar();
    await user.click(screen.getByRole('button', { name: 'Apprenticeable' }));
    await user.type(screen.getByRole('textbox', { name: 'Minimum wage ($/hour)' }), '15');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(useViewerStore.getState().filter).toEqual({
      apprenticeable: false,
      noDegree: false,
      highGrowth: false,
      manyOpenings: false,
      priority: false,
      minHourlyWage: undefined,
      level: undefined,
    });
    expect(screen.getByRole('textbox', { name: 'Minimum wage ($/hour)' })).toHaveValue('');
    expect(chips()).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
