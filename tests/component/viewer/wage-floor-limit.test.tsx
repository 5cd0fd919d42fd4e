import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../../src/features/viewer/filters/filter-bar';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { openTestMap, viewerTestMap } from './viewer-test-map';

beforeEach(openTestMap);

const TOO_HIGH = 'Enter an hourly wage of $1,000 or less. For a yearly salary, divide it by 2,080.';

describe('the wage floor has a ceiling', () => {
  it('an absurd wage says what the limit is, and the floor stays off: no chip, no count', async () => {
    const user = userEvent.setup();
    render(<FilterBar map={viewerTestMap} />);
    const wage = screen.getByRole('textbox', { name: 'Minimum wage ($/hour)' });
    await user.type(wage, '9'.repeat(40));
    expect(wage).toHaveAttribute('aria-invalid', 'true');
    expect(wage).toHaveAccessibleDescription(TOO_HIGH);
    expect(screen.getByRole('alert')).toHaveTextContent(TOO_HIGH);
    expect(useViewerStore.getState().filter.minHourlyWage).toBeUndefined();
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('a yearly salary typed by mistake is caught; the limit itself is a floor like any other', async () => {
    const user = userEvent.setup();
    render(<FilterBar map={viewerTestMap} />);
    const wage = screen.getByRole('textbox', { name: 'Minimum wage ($/hour)' });
    await user.type(wage, '45,000');
    expect(wage).toHaveAccessibleDescription(TOO_HIGH);
    expect(useViewerStore.getState().filter.minHourlyWage).toBeUndefined();

    await user.clear(wage);
    await user.type(wage, '1000');
    expect(wage).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useViewerStore.getState().filter.minHourlyWage).toBe(1000);
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent('At least $1,000 an hour');
  });

  it('a floor cleared elsewhere leaves a too-high entry and its message in the box, to be corrected', async () => {
    const user = userEvent.setup();
    render(<FilterBar map={viewerTestMap} />);
    await user.click(screen.getByRole('button', { name: 'High growth' }));
    const wage = screen.getByRole('textbox', { name: 'Minimum wage ($/hour)' });
    await user.type(wage, '5000');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(wage).toHaveValue('5000');
    expect(wage).toHaveAccessibleDescription(TOO_HIGH);
  });
});
