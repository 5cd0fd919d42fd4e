import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ViewerCanvas } from '../../../src/features/viewer/viewer-canvas';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { openTestMap, viewerTestMap } from './viewer-test-map';

beforeEach(openTestMap);

const card = (name: string) => screen.findByRole('button', { name });
// React Flow blurred the card it unselected in an animation frame: let two pass before asking.
const twoFrames = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

describe('ViewerCanvas: Escape on a card', () => {
  it('clears the selection and leaves focus on the card', async () => {
    const user = userEvent.setup();
    render(<ViewerCanvas map={viewerTestMap} />);
    const nurse = await card('Licensed Practical Nurse');
    nurse.focus();
    await user.keyboard('{Enter}');
    expect(useViewerStore.getState().selectedOccupationId).toBe('lpn');

    await user.keyboard('{Escape}');
    expect(useViewerStore.getState().selectedOccupationId).toBeUndefined();
    await twoFrames();
    expect(await card('Licensed Practical Nurse')).toHaveFocus();
    expect(await card('Licensed Practical Nurse')).not.toHaveAttribute('aria-current');
  });

  it('on a card that is not selected clears the selection rather than selecting that card', async () => {
    const user = userEvent.setup();
    render(<ViewerCanvas map={viewerTestMap} />);
    act(() => useViewerStore.getState().selectOccupation('rn'));
    const assistant = await card('Nursing Assistant');
    assistant.focus();

    await user.keyboard('{Escape}');
    expect(useViewerStore.getState().selectedOccupationId).toBeUndefined();
    await twoFrames();
    expect(assistant).toHaveFocus();
  });
});
