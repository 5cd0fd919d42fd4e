import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MapCanvas } from '../../../src/features/canvas/map-canvas';
import { buildMap } from '../../support/build-map';

// CNA leads to LPN and MA; MA leads to LPN; LPN to RN.
const map = buildMap({
  title: 'Nursing',
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', level: 'entry' },
    { id: 'ma', title: 'Medical Assistant', level: 'entry' },
    { id: 'lpn', title: 'Licensed Practical Nurse', level: 'middle' },
    { id: 'rn', title: 'Registered Nurse', level: 'advanced' },
  ],
  transitions: [
    { id: 'cna-lpn', from: 'cna', to: 'lpn' },
    { id: 'cna-ma', from: 'cna', to: 'ma', kind: 'lateral' },
    { id: 'ma-lpn', from: 'ma', to: 'lpn' },
    { id: 'lpn-rn', from: 'lpn', to: 'rn' },
  ],
});

const card = (name: string) => screen.findByRole('button', { name });
const said = () => screen.getByRole('status', { name: '' });

describe('MapCanvas: arrow keys follow the moves', () => {
  it('cards are buttons named by their titles, with a keyboard hint that says what the arrows do', async () => {
    render(<MapCanvas map={map} />);
    const assistant = await card('Nursing Assistant');
    expect(assistant).not.toHaveAttribute('aria-roledescription');
    expect(assistant).toHaveAccessibleDescription(/Arrow keys follow its moves: Right to a card it leads to, Left to a card that leads to it/);
  });

  it('Right goes to a card it leads to and says which of how many; Left goes back; Down to the other card', async () => {
    const user = userEvent.setup();
    render(<MapCanvas map={map} />);
    (await card('Nursing Assistant')).focus();

    await user.keyboard('{ArrowRight}');
    const first = document.activeElement as HTMLElement;
    const firstTitle = ['Licensed Practical Nurse', 'Medical Assistant'].find((name) => screen.getByRole('button', { name }) === first) ?? '';
    expect(firstTitle).not.toBe('');
    expect(said()).toHaveTextContent(`${firstTitle} — 1 of 2 moves from Nursing Assistant`);

    await user.keyboard('{ArrowDown}');
    const other = firstTitle === 'Medical Assistant' ? 'Licensed Practical Nurse' : 'Medical Assistant';
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(other));
    expect(said()).toHaveTextContent(`${other} — 2 of 2 moves from Nursing Assistant`);

    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Nursing Assistant'));
    expect(said()).toHaveTextContent(/^Nursing Assistant — \d of \d moves? into /);
  });

  it('stays put and says so where no move leads, and leaves other keys alone', async () => {
    const user = userEvent.setup();
    render(<MapCanvas map={map} />);
    const nurse = await card('Registered Nurse');
    nurse.focus();
    await user.keyboard('{ArrowRight}');
    expect(nurse).toHaveFocus();
    expect(said()).toHaveTextContent('Registered Nurse leads to no other card.');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(nurse).toHaveFocus();
    expect(said()).toHaveTextContent('Registered Nurse leads to no other card.');
  });
});
