import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ViewerSidePanel } from '../../../src/features/viewer/viewer-side-panel';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';

const handle = () => screen.getByRole('button', { name: 'Details and routes' });

describe('the viewer side panel', () => {
  beforeEach(() => {
    useViewerStore.getState().openMap(`map-${Math.random()}`);
  });

  it('starts folded to its tabs, unfolds when a card is chosen, and its handle folds it again', async () => {
    const user = userEvent.setup();
    render(<ViewerSidePanel details={<p>Nursing details</p>} routes={<p>Route finder</p>} />);
    expect(handle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Routes' })).toBeVisible();
    expect(screen.queryByRole('tabpanel')).toBeNull();

    act(() => useViewerStore.getState().selectOccupation('cna'));
    expect(handle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Details' })).toHaveTextContent('Nursing details');

    await user.click(handle());
    expect(handle()).toHaveAttribute('aria-expanded', 'false');
    expect(handle()).toHaveFocus();
    expect(screen.queryByRole('tabpanel')).toBeNull();
  });

  it('unfolds when a tab is chosen, by click or by arrow key, and keeps the tabs’ roles', async () => {
    const user = userEvent.setup();
    render(<ViewerSidePanel details={<p>Nursing details</p>} routes={<p>Route finder</p>} />);
    await user.click(screen.getByRole('tab', { name: 'Routes' }));
    expect(handle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Routes' })).toHaveTextContent('Route finder');

    await user.click(handle());
    screen.getByRole('tab', { name: 'Routes' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveFocus();
    expect(handle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Details' })).toHaveTextContent('Nursing details');
  });
});
