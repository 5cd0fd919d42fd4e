import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MapOutline } from '../../../src/features/viewer/outline/map-outline';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';
import { openTestMap, viewerTestMap } from './viewer-test-map';

const LEFT_OUT = 'Does not match the filters';

beforeEach(() => {
  openTestMap();
  useViewerStore.setState({ view: 'outline' });
});

const heading = (title: RegExp) => screen.getByRole('heading', { level: 4, name: title });
const entry = (title: RegExp) => heading(title).closest('li')!;
/** The heading's name once marked: the title, a pause, the mark (name computations differ on the space). */
const marked = (title: string) => new RegExp(`^${title} ?, ?${LEFT_OUT}$`);
const outline = () => screen.getByRole('region', { name: 'Outline of Test map' });

describe('MapOutline with filters on', () => {
  it('without filters marks nothing and gives no summary', () => {
    render(<MapOutline map={viewerTestMap} />);
    expect(outline()).not.toHaveTextContent(LEFT_OUT);
    expect(outline()).not.toHaveTextContent('match the filters');
    expect(heading(/^Registered Nurse/)).toHaveAccessibleName('Registered Nurse');
  });

  it('keeps every occupation, and marks the ones the filters leave out in their headings, look and buttons', () => {
    render(<MapOutline map={viewerTestMap} />);
    // The registered nurse needs a bachelor's degree.
    act(() => useViewerStore.getState().setFilter({ noDegree: true }));

    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
    expect(outline()).toHaveTextContent(`2 of 3 occupations match the filters; the other is marked “${LEFT_OUT}”.`);
    expect(heading(/^Registered Nurse/)).toHaveAccessibleName(marked('Registered Nurse'));
    expect(entry(/^Registered Nurse/)).toHaveClass('outline-occupation--left-out');
    expect(screen.getByRole('button', { name: 'Show details of Registered Nurse' })).toHaveAccessibleDescription(LEFT_OUT);
    expect(screen.getByRole('button', { name: 'Show on map: Registered Nurse' })).toHaveAccessibleDescription(LEFT_OUT);

    for (const title of ['Nursing Assistant', 'Licensed Practical Nurse']) {
      expect(heading(new RegExp(`^${title}`))).toHaveAccessibleName(title);
      expect(entry(new RegExp(`^${title}`))).not.toHaveClass('outline-occupation--left-out');
      expect(screen.getByRole('button', { name: `Show details of ${title}` })).toHaveAccessibleDescription('');
    }
  });

  it('follows the filters as they change, and clears the marks when they are cleared', () => {
    render(<MapOutline map={viewerTestMap} />);
    act(() => useViewerStore.getState().setFilter({ highGrowth: true }));
    expect(outline()).toHaveTextContent('1 of 3 occupations matches the filters; the others are marked');
    expect(screen.getAllByText(LEFT_OUT)).toHaveLength(2);
    expect(heading(/^Licensed Practical Nurse/)).toHaveAccessibleName('Licensed Practical Nurse');

    // A wage floor of $27.50 an hour: the practical nurse's $57,200 a year is exactly that.
    act(() => useViewerStore.getState().setFilter({ highGrowth: false, minHourlyWage: 27.5 }));
    expect(heading(/^Nursing Assistant/)).toHaveAccessibleName(marked('Nursing Assistant'));
    expect(heading(/^Licensed Practical Nurse/)).toHaveAccessibleName('Licensed Practical Nurse');
    // No wage on file is not a wage under the floor: the nurse is marked not known, and not greyed while such cards are included.
    expect(heading(/^Registered Nurse/)).toHaveAccessibleName(/^Registered Nurse ?, ?Not known for the filters: no wage on file$/);
    expect(entry(/^Registered Nurse/)).not.toHaveClass('outline-occupation--left-out');
    expect(entry(/^Registered Nurse/)).toHaveClass('outline-occupation--not-known');
    expect(outline()).toHaveTextContent(`1 of 3 occupations matches the filters; 1 is marked “${LEFT_OUT}”, 1 “Not known for the filters”.`);

    // Left out, it is greyed like a non-match, and still said to be not known.
    act(() => useViewerStore.getState().setIncludeNotKnown(false));
    expect(entry(/^Registered Nurse/)).toHaveClass('outline-occupation--left-out');
    expect(screen.getByRole('button', { name: 'Show details of Registered Nurse' })).toHaveAccessibleDescription('Not known for the filters: no wage on file');
    act(() => useViewerStore.getState().setIncludeNotKnown(true));

    act(() => useViewerStore.getState().clearFilter());
    expect(outline()).not.toHaveTextContent(LEFT_OUT);
    expect(outline()).not.toHaveTextContent('match the filters');
  });

  it('says so when every occupation matches, and marks none', () => {
    const map = buildMap({
      occupations: [
        { id: 'a', title: 'Team Assembler', education: 'high-school' },
        { id: 'b', title: 'Machinist', education: 'high-school' },
      ],
    });
    render(<MapOutline map={map} />);
    act(() => useViewerStore.getState().setFilter({ noDegree: true }));
    expect(outline()).toHaveTextContent('2 of 2 occupations match the filters.');
    expect(outline()).not.toHaveTextContent(LEFT_OUT);
  });
});
