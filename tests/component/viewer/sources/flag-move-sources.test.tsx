import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { OccupationPanel } from '../../../../src/features/viewer/details/occupation-panel';
import { RouteFinder } from '../../../../src/features/viewer/routes/route-finder';
import { useViewerStore } from '../../../../src/features/viewer/viewer-store';
import { buildMap } from '../../../support/build-map';

// The Bright Outlook flag and the moves cite sources like the figures do; the viewer shows them.
const map: PathwayMap = buildMap({
  sources: [
    { id: 'bright', label: 'O*NET Bright Outlook occupations', publisher: 'O*NET Resource Center', url: 'https://www.onetcenter.org/', year: 2024 },
    { id: 'standards', label: 'Nursing apprenticeship standards', publisher: 'Massachusetts DAS' },
  ],
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', highGrowth: true, highGrowthBasis: ['numerous-openings'], highGrowthSourceId: 'bright' },
    { id: 'lpn', title: 'Licensed Practical Nurse' },
  ],
  transitions: [{ id: 'cna-lpn', from: 'cna', to: 'lpn', sourceIds: ['standards'] }],
});

beforeEach(() => useViewerStore.setState({ selectedOccupationId: undefined, panel: 'details', view: 'map' }));

describe('sources of the Bright Outlook flag and of moves', () => {
  it('shows the flag’s source next to its badge in the details, linked when it has a web address', () => {
    useViewerStore.setState({ selectedOccupationId: 'cna' });
    render(<OccupationPanel map={map} />);
    const header = screen.getByRole('list', { name: 'Highlights' }).parentElement!;
    expect(header).toHaveTextContent('Bright Outlook: numerous openings');
    expect(header).toHaveTextContent('Bright Outlook source: O*NET Bright Outlook occupations (O*NET Resource Center, 2024)');
    expect(within(header).getByRole('link', { name: 'O*NET Bright Outlook occupations' })).toHaveAttribute('href', 'https://www.onetcenter.org/');
  });

  it('shows each move’s sources in the details, from either end', () => {
    useViewerStore.setState({ selectedOccupationId: 'cna' });
    const { unmount } = render(<OccupationPanel map={map} />);
    expect(screen.getByRole('region', { name: 'Where this job leads' })).toHaveTextContent('Source: Nursing apprenticeship standards (Massachusetts DAS)');
    unmount();
    useViewerStore.setState({ selectedOccupationId: 'lpn' });
    render(<OccupationPanel map={map} />);
    expect(screen.getByRole('region', { name: 'Moves into this job' })).toHaveTextContent('Source: Nursing apprenticeship standards (Massachusetts DAS)');
  });

  it('lists the flag’s source among the handout’s numbered sources, as the flag is printed', async () => {
    useViewerStore.getState().openMap('flag-sources');
    const user = userEvent.setup();
    render(<RouteFinder map={map} />);
    await user.selectOptions(screen.getByLabelText('From (current job)'), 'Nursing Assistant');
    await user.selectOptions(screen.getByLabelText('To (goal)'), 'Licensed Practical Nurse');
    await user.click(within(screen.getByRole('list', { name: 'Routes found' })).getAllByRole('button')[0]!);
    const handout = document.querySelector<HTMLElement>('.route-handout')!;
    expect(handout).toHaveTextContent('Nursing Assistant: Bright Outlook: numerous openings (O*NET Bright Outlook occupations (2024))');
    const numbered = within(handout).getAllByRole('list').at(-1)!;
    expect(within(numbered).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^O\*NET Bright Outlook occupations/),
      expect.stringMatching(/^Nursing apprenticeship standards/),
    ]);
  });
});
