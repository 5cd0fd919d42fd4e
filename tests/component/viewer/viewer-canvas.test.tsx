import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ViewerCanvas } from '../../../src/features/viewer/viewer-canvas';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { openTestMap, viewerTestMap } from './viewer-test-map';

beforeEach(openTestMap);

const card = (name: string) => screen.findByRole('button', { name });
const arrow = (name: string) => screen.getByRole('img', { name });

describe('ViewerCanvas', () => {
  it('dims the cards the filters leave out, keeps them on the map and says so', async () => {
    render(<ViewerCanvas map={viewerTestMap} />);
    const nurse = await card('Registered Nurse');
    expect(nurse).not.toHaveClass('occupation-node--dimmed');

    act(() => useViewerStore.getState().setFilter({ apprenticeable: true }));
    expect(screen.getAllByRole('button', { name: /Nurs/ })).toHaveLength(3);
    expect(await card('Registered Nurse')).toHaveClass('occupation-node--dimmed');
    expect(await card('Registered Nurse')).toHaveAccessibleDescription(/^Does not match the filters\./);
    expect(await card('Nursing Assistant')).not.toHaveClass('occupation-node--dimmed');
    expect(await card('Nursing Assistant')).not.toHaveAccessibleDescription(/Does not match/);

    act(() => useViewerStore.getState().clearFilter());
    await waitFor(async () => expect(await card('Registered Nurse')).not.toHaveClass('occupation-node--dimmed'));
  });

  it('marks a card the filters cannot judge as not known, never as a non-match; dimmed only while such cards are left out', async () => {
    render(<ViewerCanvas map={viewerTestMap} />);
    // The registered nurse has no wage on file.
    act(() => useViewerStore.getState().setFilter({ minHourlyWage: 20 }));
    const nurse = await card('Registered Nurse');
    await waitFor(() => expect(nurse).toHaveClass('occupation-node--not-known'));
    expect(nurse).not.toHaveClass('occupation-node--dimmed');
    expect(nurse).toHaveAccessibleDescription(/^Not known for the filters: no wage on file\./);
    expect(nurse).not.toHaveAccessibleDescription(/Does not match/);
    expect(await card('Nursing Assistant')).toHaveAccessibleDescription(/^Does not match the filters\./);

    act(() => useViewerStore.getState().setIncludeNotKnown(false));
    await waitFor(async () => expect(await card('Registered Nurse')).toHaveClass('occupation-node--dimmed'));
    expect(await card('Registered Nurse')).toHaveClass('occupation-node--not-known');
    expect(await card('Registered Nurse')).toHaveAccessibleDescription(/^Not known for the filters: no wage on file\./);
    expect(await card('Registered Nurse')).not.toHaveAccessibleDescription(/Does not match/);
  });

  it('marks the selected card, and a click or Enter on a card selects it', async () => {
    const user = userEvent.setup();
    render(<ViewerCanvas map={viewerTestMap} />);
    act(() => useViewerStore.getState().selectOccupation('lpn'));
    const lpn = await card('Licensed Practical Nurse');
    expect(lpn).toHaveClass('selected');
    expect(lpn).toHaveAttribute('aria-current', 'true');
    expect(lpn).toHaveAccessibleDescription(/^Selected\./);

    // A plain click event: d3-zoom's pan handler needs a real window on mousedown, which jsdom's lacks.
    fireEvent.click(await card('Registered Nurse'));
    expect(useViewerStore.getState().selectedOccupationId).toBe('rn');
    await waitFor(async () => expect(await card('Registered Nurse')).toHaveAttribute('aria-current', 'true'));
    expect(await card('Licensed Practical Nurse')).not.toHaveAttribute('aria-current');

    (await card('Nursing Assistant')).focus();
    await user.keyboard('{Enter}');
    expect(useViewerStore.getState().selectedOccupationId).toBe('cna');
  });

  it('highlights a route: its cards and arrows stand out, the other arrows fade', async () => {
    render(<ViewerCanvas map={viewerTestMap} />);
    await card('Nursing Assistant');
    act(() => useViewerStore.getState().setHighlight({ occupationIds: ['cna', 'lpn', 'rn'], transitionIds: ['cna-lpn', 'lpn-rn'] }));
    await waitFor(() => expect(arrow('Move from Nursing Assistant to Licensed Practical Nurse')).toHaveClass('transition-edge--on-route'));
    expect(arrow('Move from Licensed Practical Nurse to Registered Nurse')).toHaveAttribute('aria-description', 'On the highlighted route.');
    expect(arrow('Move from Nursing Assistant to Registered Nurse')).toHaveClass('transition-edge--faded');
    expect(await card('Licensed Practical Nurse')).toHaveAccessibleDescription(/^On the highlighted route\./);

    act(() => useViewerStore.getState().setHighlight(undefined));
    await waitFor(() => expect(arrow('Move from Nursing Assistant to Registered Nurse')).not.toHaveClass('transition-edge--faded'));
    expect(await card('Licensed Practical Nurse')).not.toHaveAccessibleDescription(/route/);
  });
});
