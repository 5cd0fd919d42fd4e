import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { Inspector, type InspectorChange } from '../../../src/features/editor/inspector/inspector';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

const spy = () => vi.fn<(change: InspectorChange) => void>();

describe('Inspector: transition form', () => {
  it('shows both ends by title and edits the typical months', async () => {
    const onChange = spy();
    const user = userEvent.setup();
    render(<Inspector map={sampleMap()} selection={{ kind: 'transition', id: 'cna-to-lpn' }} onChange={onChange} />);
    expect(screen.getByRole('heading', { name: 'Move: Nursing Assistant → Licensed Practical Nurse' })).toBeInTheDocument();
    const months = screen.getByRole('spinbutton', { name: 'Typical months' });
    expect(months).toHaveValue('12');

    await user.clear(months);
    expect(onChange).toHaveBeenLastCalledWith({
      target: 'transition',
      id: 'cna-to-lpn',
      patch: { typicalMonths: undefined },
      field: 'transition:cna-to-lpn:typicalMonths',
    });
    await user.type(months, '18');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { typicalMonths: 18 } }));
    await user.type(months, '{ArrowUp}');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { typicalMonths: 19 } }));
    await user.clear(months);
    await user.type(months, '-3');
    expect(months).toHaveAccessibleDescription("Typical months can't be negative (-3). Not saved until it is fixed.");
  });

  it('edits kind, requirements, cost, apprenticeship and notes', async () => {
    const onChange = spy();
    const user = userEvent.setup();
    render(<Inspector map={sampleMap()} selection={{ kind: 'transition', id: 'cna-to-lpn' }} onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Lateral move (across)');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { kind: 'lateral' } }));
    await user.type(screen.getByRole('textbox', { name: 'Requirements' }), 'LPN license{Enter}NCLEX-PN');
    // The lines are the texts of the move's "all of" group.
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        patch: { requirements: { type: 'all', of: [{ type: 'other', text: 'LPN license' }, { type: 'other', text: 'NCLEX-PN' }] } },
      }),
    );
    await user.type(screen.getByRole('spinbutton', { name: 'Cost (USD)' }), '$1');
    expect(screen.getByRole('spinbutton', { name: 'Cost (USD)' })).toHaveAccessibleDescription(
      'Cost (USD) must be a number of dollars, not "$1" (write it as 1). Not saved until it is fixed.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Via apprenticeship' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { viaApprenticeship: true } }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Evening classes');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { notes: 'Evening classes' }, field: 'transition:cna-to-lpn:notes' }));
  });
});

describe('Inspector: map form', () => {
  it('edits the map title and header fields', async () => {
    const onChange = spy();
    const user = userEvent.setup();
    render(<Inspector map={sampleMap()} selection={{ kind: 'map' }} onChange={onChange} />);
    expect(screen.getByRole('heading', { name: 'Map' })).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, ' careers');
    expect(onChange).toHaveBeenLastCalledWith({ target: 'map', patch: { title: 'Healthcare careers' }, field: 'map:title' });
    await user.type(screen.getByRole('textbox', { name: 'Region' }), 'Pioneer Valley, MA');
    expect(onChange).toHaveBeenLastCalledWith({ target: 'map', patch: { region: 'Pioneer Valley, MA' }, field: 'map:region' });
    await user.type(screen.getByLabelText('Reviewed on'), '2025-03-14');
    expect(onChange).toHaveBeenLastCalledWith({ target: 'map', patch: { reviewedAt: '2025-03-14' }, field: 'map:reviewedAt' });
  });

  it('refuses a map title over 200 characters', async () => {
    const onChange = spy();
    const user = userEvent.setup();
    render(<Inspector map={sampleMap()} selection={{ kind: 'map' }} onChange={onChange} />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.paste('x'.repeat(201));
    expect(title).toHaveAccessibleDescription('Title is too long: 201 characters; the limit is 200. Not saved until it is fixed.');
    expect(onChange).not.toHaveBeenCalledWith(expect.objectContaining({ patch: { title: 'x'.repeat(201) } }));
  });

  it('adds a group with a label and a colour', async () => {
    const onChange = spy();
    const onMap = vi.fn<(map: PathwayMap) => void>();
    const user = userEvent.setup();
    render(<StatefulInspector initial={sampleMap()} selection={{ kind: 'map' }} onChange={onChange} onMap={onMap} />);
    const groups = screen.getByRole('group', { name: 'Groups' });
    await user.click(within(groups).getByRole('button', { name: 'Add group' }));
    const row = within(groups).getByRole('group', { name: 'New group' });
    await user.type(within(row).getByRole('textbox', { name: 'Label' }), 'Support');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ target: 'groups', field: 'map:groups[2].label', groups: expect.arrayContaining([{ id: 'group-3', label: 'Support' }]) }),
    );

    const colour = within(row).getByRole('textbox', { name: 'Colour' });
    await user.type(colour, '#36');
    expect(colour).toHaveAccessibleDescription('Colour must be a colour like #3366cc or #36c, not "#36". Not saved until it is fixed. Like #3366cc or #36c.');
    await user.type(colour, 'c');
    expect(onMap.mock.lastCall?.[0].groups[2]).toEqual({ id: 'group-3', label: 'Support', color: '#36c' });
    expect(within(row).getByLabelText('Pick a colour for Support')).toHaveValue('#3366cc');
  });

  it('refuses to remove a group that occupations use, and says why', async () => {
    const onChange = spy();
    const user = userEvent.setup();
    render(<StatefulInspector initial={sampleMap()} selection={{ kind: 'map' }} onChange={onChange} />);
    const groups = screen.getByRole('group', { name: 'Groups' });
    await user.click(within(groups).getByRole('button', { name: 'Remove group 1' }));
    expect(within(groups).getByRole('status')).toHaveTextContent(
      "“Direct care” can't be removed: 2 occupations use it (Nursing Assistant, Licensed Practical Nurse). Move them to another group first.",
    );
    expect(onChange).not.toHaveBeenCalled();

    await user.click(within(groups).getByRole('button', { name: 'Remove group 2' }));
    expect(onChange).toHaveBeenLastCalledWith({
      target: 'groups',
      groups: [{ id: 'care', label: 'Direct care', color: '#2a7' }],
      field: 'map:groups:remove[1]of2',
    });
  });
});
