import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../../src/features/viewer/filters/filter-bar';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';

/** A map with four levels of its own, one of them empty, and a card with no level. */
const customLevels = buildMap({
  id: 'custom-levels',
  levels: [
    { id: 'start', label: 'Starting out' },
    { id: 'mid', label: 'Middle level' },
    { id: 'senior', label: 'Senior' },
    { id: 'lead', label: 'Leading' },
  ],
  occupations: [
    { id: 'helper', title: 'Helper', level: 'start' },
    { id: 'tech', title: 'Technician', level: 'mid' },
    { id: 'installer', title: 'Installer', level: 'mid' },
    { id: 'senior-tech', title: 'Senior technician', level: 'senior' },
    { id: 'unplaced', title: 'Not placed yet' },
  ],
});

beforeEach(() => {
  useViewerStore.setState({ mapId: undefined });
  useViewerStore.getState().openMap(customLevels.id);
});

const levelSelect = () => screen.getByRole('combobox', { name: 'Level' });
const chips = () => screen.queryByRole('list', { name: 'Active filters' });

describe('FilterBar: the level filter', () => {
  it("offers any level, then the map's own levels in the map's order", () => {
    render(<FilterBar map={customLevels} />);
    expect(levelSelect()).toHaveDisplayValue('Any level');
    expect(within(levelSelect()).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Any level',
      'Starting out',
      'Middle level',
      'Senior',
      'Leading',
    ]);
  });

  it('choosing a level counts its occupations, shows its chip, and the chip clears it', async () => {
    const user = userEvent.setup();
    render(<FilterBar map={customLevels} />);
    await user.selectOptions(levelSelect(), 'Middle level');
    expect(useViewerStore.getState().filter.level).toBe('mid');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 occupations match');
    expect(within(chips()!).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['Level: Middle level']);

    await user.click(screen.getByRole('button', { name: 'Clear filter: Level: Middle level' }));
    expect(useViewerStore.getState().filter.level).toBeUndefined();
    expect(levelSelect()).toHaveDisplayValue('Any level');
    expect(chips()).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('a level with no occupations matches none', async () => {
    const user = userEvent.setup();
    render(<FilterBar map={customLevels} />);
    await user.selectOptions(levelSelect(), 'Leading');
    expect(screen.getByRole('status')).toHaveTextContent('0 of 5 occupations match');
  });

  it('"Any level" turns the level filter off again', async () => {
    const user = userEvent.setup();
    render(<FilterBar map={customLevels} />);
    await user.selectOptions(levelSelect(), 'Senior');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 occupations matches');
    await user.selectOptions(levelSelect(), 'Any level');
    expect(useViewerStore.getState().filter.level).toBeUndefined();
    expect(chips()).toBeNull();
  });

  it('drops a level the map no longer has (its levels were edited), keeping the other filters', () => {
    useViewerStore.getState().setFilter({ level: 'gone', highGrowth: true });
    render(<FilterBar map={customLevels} />);
    expect(useViewerStore.getState().filter).toMatchObject({ level: undefined, highGrowth: true });
    expect(levelSelect()).toHaveDisplayValue('Any level');
    expect(within(chips()!).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['High growth']);
  });

  it('opening another map forgets the level chosen on this one', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<FilterBar map={customLevels} />);
    await user.selectOptions(levelSelect(), 'Middle level');
    const other = buildMap({ id: 'other', occupations: [{ id: 'a', title: 'A', level: 'middle' }] });
    useViewerStore.getState().openMap(other.id);
    rerender(<FilterBar map={other} />);
    expect(useViewerStore.getState().filter.level).toBeUndefined();
    expect(within(levelSelect()).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Any level',
      'Entry level',
      'Middle level',
      'Advanced level',
    ]);
    expect(levelSelect()).toHaveDisplayValue('Any level');
  });
});
