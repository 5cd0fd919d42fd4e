import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PathwayMap } from '../../../src/domain/schema/map';
import type { InspectorChange } from '../../../src/features/editor/inspector/inspector';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

function renderStateful(id = 'cna') {
  const onChange = vi.fn<(change: InspectorChange) => void>();
  const onMap = vi.fn<(map: PathwayMap) => void>();
  render(<StatefulInspector initial={sampleMap()} selection={{ kind: 'occupation', id }} onChange={onChange} onMap={onMap} />);
  const latest = () => onMap.mock.lastCall?.[0];
  return { onChange, latest, user: userEvent.setup() };
}

const section = (name: string) => screen.getByRole('group', { name });

describe('Inspector: list editors', () => {
  it('adds a credential row, sends it once it has a name, and removes it', async () => {
    const { onChange, latest, user } = renderStateful();
    const credentials = section('Credentials');
    await user.click(within(credentials).getByRole('button', { name: 'Add credential' }));

    const row = within(credentials).getByRole('group', { name: 'New credential' });
    const name = within(row).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    expect(row).toHaveTextContent('Not added yet: Name is required.');
    expect(onChange).not.toHaveBeenCalled();

    await user.type(name, 'BLS');
    expect(onChange).toHaveBeenLastCalledWith({
      target: 'occupation',
      id: 'cna',
      patch: { credentials: [{ name: 'CNA certification', kind: 'certification' }, { kind: 'certification', name: 'BLS' }] },
      field: 'occupation:cna:credentials[1].name',
    });
    // The row joined the list where it was, with focus and every character kept.
    expect(within(credentials).getByRole('group', { name: 'Credential 2' })).toBe(row);
    expect(name).toHaveFocus();
    expect(name).toHaveValue('BLS');

    await user.selectOptions(within(row).getByRole('combobox', { name: 'Kind' }), 'License');
    expect(latest()?.occupations[0]?.credentials?.[1]).toEqual({ name: 'BLS', kind: 'license' });

    await user.click(within(credentials).getByRole('button', { name: 'Remove credential 1' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ patch: { credentials: [{ name: 'BLS', kind: 'license' }] }, field: 'occupation:cna:credentials:remove[0]of2' }),
    );
    await user.click(within(credentials).getByRole('button', { name: 'Remove credential 1' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { credentials: undefined } }));
    expect(within(credentials).queryByRole('group')).toBeNull();
    expect(within(credentials).getByRole('button', { name: 'Add credential' })).toHaveFocus();
    expect(PathwayMap.safeParse(latest()).success).toBe(true);
  });

  it('refuses a javascript: link URL with a message and sends nothing', async () => {
    const { onChange, user } = renderStateful();
    const links = section('Links');
    const url = within(within(links).getByRole('group', { name: 'Link 1' })).getByRole('textbox', { name: 'URL' });
    await user.clear(url);
    await user.paste('javascript:alert(1)');
    expect(url).toHaveValue('javascript:alert(1)');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(
      'URL must be a web address starting with https:// or http:// (or a mailto: address); "javascript:" addresses are not allowed. Not saved until it is fixed.',
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  it('adds a link only once both its label and a safe URL are in', async () => {
    const { onChange, user } = renderStateful('lpn');
    const links = section('Links');
    await user.click(within(links).getByRole('button', { name: 'Add link' }));
    const row = within(links).getByRole('group', { name: 'New link' });
    await user.type(within(row).getByRole('textbox', { name: 'Label' }), 'Careers');
    expect(row).toHaveTextContent('Not added yet: URL is required.');
    await user.click(within(row).getByRole('textbox', { name: 'URL' }));
    await user.paste('JaVaScRiPt:alert(1)');
    expect(onChange).not.toHaveBeenCalled();
    await user.clear(within(row).getByRole('textbox', { name: 'URL' }));
    await user.paste('https://example.org/careers');
    expect(onChange).toHaveBeenLastCalledWith({
      target: 'occupation',
      id: 'lpn',
      patch: { links: [{ label: 'Careers', url: 'https://example.org/careers' }] },
      field: 'occupation:lpn:links[0].url',
    });
  });

  it('discards a new row that was never completed', async () => {
    const { onChange, user } = renderStateful('lpn');
    const training = section('Training');
    await user.click(within(training).getByRole('button', { name: 'Add training program' }));
    await user.type(within(training).getByRole('spinbutton', { name: 'Capacity' }), '20');
    await user.click(within(training).getByRole('button', { name: 'Discard new training program' }));
    expect(within(training).queryByRole('group')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('records a training program\'s provider, capacity, completions, their year and source', async () => {
    const { latest, user } = renderStateful('lpn');
    const training = section('Training');
    await user.click(within(training).getByRole('button', { name: 'Add training program' }));
    await user.type(within(training).getByRole('textbox', { name: 'Name' }), 'PN certificate');
    await user.type(within(training).getByRole('textbox', { name: 'Provider' }), 'Holyoke Community College');
    await user.type(within(training).getByRole('spinbutton', { name: 'Capacity' }), '30');
    await user.type(within(training).getByRole('spinbutton', { name: 'Completions' }), '24');
    await user.type(within(training).getByRole('spinbutton', { name: 'Year counted' }), '2024');
    await user.selectOptions(within(training).getByRole('combobox', { name: 'Program source' }), 'OEWS May 2024');
    await user.tab();
    expect(latest()?.occupations.find((occupation) => occupation.id === 'lpn')?.training).toEqual([
      { name: 'PN certificate', provider: 'Holyoke Community College', capacity: 30, completions: 24, year: 2024, sourceId: 'oews' },
    ]);
  });

  it('edits training programs and apprenticeship programs with the same list editor', async () => {
    const { latest, user } = renderStateful('lpn');
    const training = section('Training');
    await user.click(within(training).getByRole('button', { name: 'Add training program' }));
    await user.type(within(training).getByRole('textbox', { name: 'Name' }), 'LPN certificate');
    await user.type(within(training).getByRole('spinbutton', { name: 'Cost (USD)' }), '18000');
    await user.type(within(training).getByRole('spinbutton', { name: 'Completions' }), '1.5');
    expect(within(training).getByRole('spinbutton', { name: 'Completions' })).toHaveAccessibleDescription('Completions must be a whole number, not 1.5. Not saved until it is fixed.');

    const apprenticeship = section('Apprenticeship');
    await user.click(within(apprenticeship).getByRole('checkbox', { name: 'Registered apprenticeship' }));
    await user.click(within(apprenticeship).getByRole('button', { name: 'Add apprenticeship program' }));
    await user.type(within(apprenticeship).getByRole('textbox', { name: 'Name' }), 'LPN apprenticeship');
    await user.type(within(apprenticeship).getByRole('spinbutton', { name: 'Starting wage (USD per hour)' }), '21.5');

    const lpn = latest()?.occupations[1];
    expect(lpn?.training).toEqual([{ name: 'LPN certificate', costUsd: 18000, completions: 1 }]);
    expect(lpn?.apprenticeship).toEqual({ registered: true, programs: [{ name: 'LPN apprenticeship', startingWage: 21.5 }] });
    expect(PathwayMap.safeParse(latest()).success).toBe(true);
  });
});
