import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RouteFinder } from '../../../../src/features/viewer/routes/route-finder';
import { useViewerStore } from '../../../../src/features/viewer/viewer-store';
import { buildMap } from '../../../support/build-map';

const ladder = (goalId?: string) =>
  buildMap({
    ...(goalId === undefined ? {} : { goalId }),
    occupations: [
      { id: 'a', title: 'Aide', level: 'entry' },
      { id: 'b', title: 'Baker', level: 'middle' },
      { id: 'd', title: 'Director', level: 'advanced' },
    ],
    transitions: [
      { id: 'ab', from: 'a', to: 'b' },
      { id: 'bd', from: 'b', to: 'd' },
    ],
  });

let opened = 0;
beforeEach(() => {
  opened += 1;
  useViewerStore.getState().openMap(`goal-map-${opened}`);
});

describe("RouteFinder: the map's own goal", () => {
  it('is the goal until the reader picks another (a CTDL pathway names its destination)', async () => {
    render(<RouteFinder map={ladder('d')} />);
    expect(screen.getByLabelText('To (goal)')).toHaveDisplayValue(/Director/);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('From (current job)'), 'Aide');
    expect(await screen.findByRole('list', { name: 'Routes found' })).toHaveTextContent('Director');
    await user.selectOptions(screen.getByLabelText('To (goal)'), 'Baker');
    expect(screen.getByLabelText('To (goal)')).toHaveDisplayValue(/Baker/);
  });

  it('leaves the goal to the reader on a map that names none', () => {
    render(<RouteFinder map={ladder()} />);
    expect(screen.getByLabelText('To (goal)')).toHaveDisplayValue('Choose a goal…');
  });
});
