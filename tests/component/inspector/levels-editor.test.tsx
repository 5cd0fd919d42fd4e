import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVELS } from '../../../src/domain/schema/level';
import type { PathwayMap } from '../../../src/domain/schema/map';
import type { InspectorChange } from '../../../src/features/editor/inspector/inspector';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

function renderMapForm(initial: PathwayMap = sampleMap()) {
  const seen: { map: PathwayMap; changes: InspectorChange[] } = { map: initial, changes: [] };
  render(
    <StatefulInspector
      initial={initial}
      selection={{ kind: 'map' }}
      onChange={(change) => seen.changes.push(change)}
      onMap={(map) => (seen.map = map)}
    />,
  );
  return seen;
}

const labels = (map: PathwayMap) => map.levels.map((level) => level.label);
// The sample has the default levels; their labels are the format's, not this test's.
const [ENTRY, MIDDLE, ADVANCED] = DEFAULT_LEVELS.map((level) => level.label) as [string, string, string];

describe('Inspector: the map\'s levels', () => {
  it('renames, adds and reorders levels, each a map change', async () => {
    const user = userEvent.setup();
    const seen = renderMapForm();
    const first = screen.getByRole('textbox', { name: 'Label of level 1' });
    await user.clear(first);
    await user.type(first, 'Term 1');
    await user.click(screen.getByRole('button', { name: 'Add level' }));
    expect(screen.getByRole('textbox', { name: 'Label of level 4' })).toHaveFocus();
    await user.keyboard('{Control>}a{/Control}Capstone');
    await user.click(screen.getByRole('button', { name: 'Move level 4 up' }));
    expect(labels(seen.map)).toEqual(['Term 1', MIDDLE, 'Capstone', ADVANCED]);
    expect(screen.getByRole('button', { name: 'Move level 3 up' })).toHaveFocus();
    // Typing in a level's label joins into one undo step, keyed by the level.
    expect(seen.changes.filter((change) => change.target === 'levels' && change.edit.op === 'rename').map((change) => change.field)).toContain(
      'map:levels[entry].label',
    );
  });

  it('refuses to remove a level cards are on, naming them, and offers to move them to a neighbour', async () => {
    const user = userEvent.setup();
    const seen = renderMapForm();
    await user.click(screen.getByRole('button', { name: 'Remove level 2' }));
    expect(screen.getByText(/can't be removed/)).toHaveTextContent(`“${MIDDLE}” can't be removed: 1 card is on it (Licensed Practical Nurse). Move them to another level first.`);
    expect(labels(seen.map)).toEqual([ENTRY, MIDDLE, ADVANCED]);
    await user.click(screen.getByRole('button', { name: `Move them to “${ADVANCED}” and remove “${MIDDLE}”` }));
    expect(labels(seen.map)).toEqual([ENTRY, ADVANCED]);
    expect(seen.map.occupations.find((occupation) => occupation.id === 'lpn')?.level).toBe('advanced');
    expect(screen.getByRole('button', { name: 'Add level' })).toHaveFocus();
  });

  it('stops at 12 levels with a plain message', async () => {
    const user = userEvent.setup();
    const seen = renderMapForm();
    for (let n = 4; n <= 12; n += 1) await user.click(screen.getByRole('button', { name: 'Add level' }));
    expect(seen.map.levels).toHaveLength(12);
    await user.click(screen.getByRole('button', { name: 'Add level' }));
    expect(seen.map.levels).toHaveLength(12);
    expect(screen.getByText('A map can have at most 12 levels.')).toBeInTheDocument();
  });
});

describe('Inspector: an occupation\'s level', () => {
  it('is chosen from the map\'s own levels', async () => {
    const user = userEvent.setup();
    const map = sampleMap();
    map.levels = [...map.levels, { id: 'capstone', label: 'Capstone' }];
    const changes: InspectorChange[] = [];
    render(<StatefulInspector initial={map} selection={{ kind: 'occupation', id: 'cna' }} onChange={(change) => changes.push(change)} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Capstone');
    expect(changes.at(-1)).toMatchObject({ target: 'occupation', id: 'cna', patch: { level: 'capstone' } });
  });
});
