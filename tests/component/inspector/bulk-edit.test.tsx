import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import type { InspectorChange } from '../../../src/features/editor/inspector/inspector';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

const selection = { kind: 'many', occupationIds: ['cna', 'lpn', 'phleb'], transitionIds: [] } as const;

describe('the inspector with several occupations selected', () => {
  it('says how many are selected and shows their shared values, "Mixed" where they differ', () => {
    render(<StatefulInspector initial={sampleMap()} selection={selection} />);
    expect(screen.getByRole('heading', { level: 2, name: '3 occupations selected' })).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Edit the selected occupations' });
    const group = within(form).getByRole('combobox', { name: 'Group' });
    expect(group).toHaveDisplayValue('Mixed');
    expect(within(form).getByRole('combobox', { name: 'Designation' })).toHaveDisplayValue('None');
    expect(within(form).getByRole('checkbox', { name: 'Bright Outlook' })).not.toBeChecked();
  });

  it('sets a group on all of them with one change, from the keyboard', async () => {
    const changes: InspectorChange[] = [];
    let latest: PathwayMap | undefined;
    render(<StatefulInspector initial={sampleMap()} selection={selection} onChange={(change) => changes.push(change)} onMap={(map) => (latest = map)} />);
    const user = userEvent.setup();
    const group = screen.getByRole('combobox', { name: 'Group' });
    group.focus();
    await user.selectOptions(group, 'Laboratory');
    expect(changes).toHaveLength(1);
    expect(latest?.occupations.map((occupation) => occupation.groupId)).toEqual(['lab', 'lab', 'lab']);
    expect(group).toHaveDisplayValue('Laboratory');
  });

  it('shows a flag some have as mixed, and a click ticks it on all', async () => {
    const map = sampleMap();
    const initial = { ...map, occupations: map.occupations.map((o) => (o.id === 'cna' ? { ...o, highGrowth: true } : o)) };
    const onMap = vi.fn<(map: PathwayMap) => void>();
    render(<StatefulInspector initial={initial} selection={selection} onMap={onMap} />);
    const flag = screen.getByRole('checkbox', { name: 'Bright Outlook' });
    expect((flag as HTMLInputElement).indeterminate).toBe(true);
    expect(flag).toHaveAccessibleDescription('(mixed: on for some)');
    await userEvent.setup().click(flag);
    expect(onMap.mock.lastCall?.[0].occupations.map((o) => o.highGrowth)).toEqual([true, true, true]);
    expect(flag).toBeChecked();
    expect((flag as HTMLInputElement).indeterminate).toBe(false);
  });
});
