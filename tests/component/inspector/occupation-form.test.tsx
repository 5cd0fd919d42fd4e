import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Inspector, type InspectorChange } from '../../../src/features/editor/inspector/inspector';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

const selection = { kind: 'occupation', id: 'cna' } as const;

function renderCna() {
  const onChange = vi.fn<(change: InspectorChange) => void>();
  render(<Inspector map={sampleMap()} selection={selection} onChange={onChange} />);
  return { onChange, user: userEvent.setup() };
}

describe('Inspector: occupation form', () => {
  it('sends a title edit as a patch with its field key', async () => {
    const { onChange, user } = renderCna();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    expect(title).toHaveAccessibleDescription("Title can't be empty. Not saved until it is fixed.");
    expect(onChange).not.toHaveBeenCalled();

    await user.type(title, 'Certified Nursing Assistant');
    expect(onChange).toHaveBeenLastCalledWith({
      target: 'occupation',
      id: 'cna',
      patch: { title: 'Certified Nursing Assistant' },
      field: 'occupation:cna:title',
    });
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  it('refuses a minimum wage above the maximum, says so under the field, and sends nothing', async () => {
    const { onChange, user } = renderCna();
    const min = screen.getByRole('spinbutton', { name: 'Minimum wage' });
    await user.type(min, '0'); // 30000 → 300000, above the maximum of 40000
    expect(min).toHaveValue('300000');
    expect(min).toHaveAttribute('aria-invalid', 'true');
    expect(min).toHaveAccessibleDescription(
      'Minimum wage is more than the max (300,000 > 40,000); a wage range runs min ≤ amount ≤ max. Not saved until it is fixed.',
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  it('names the field a wage rule is about when another field broke it', async () => {
    const { user } = renderCna();
    const max = screen.getByRole('spinbutton', { name: 'Maximum wage' });
    await user.clear(max);
    await user.type(max, '2');
    expect(max).toHaveAccessibleDescription('Minimum wage is more than the max (30,000 > 2); a wage range runs min ≤ amount ≤ max. Not saved until it is fixed.');
  });

  it('shows a message for "$35,000" in Wage figure instead of a number', async () => {
    const { onChange, user } = renderCna();
    const median = screen.getByRole('spinbutton', { name: 'Wage figure' });
    await user.type(median, '$35,000');
    expect(median).toHaveValue('$35,000');
    expect(median).toHaveAccessibleDescription('Wage figure must be a number of dollars, not "$35,000" (write it as 35000). Not saved until it is fixed.');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.queryByText(/NaN/)).toBeNull();
  });

  it('sends the whole wage object once the typed figure fits the range, and nothing before', async () => {
    const { onChange, user } = renderCna();
    const median = screen.getByRole('spinbutton', { name: 'Wage figure' });
    await user.type(median, '3500');
    expect(median).toHaveAccessibleDescription('Minimum wage is more than the amount (30,000 > 3,500); a wage range runs min ≤ amount ≤ max. Not saved until it is fixed.');
    await user.type(median, '0');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith({
      target: 'occupation',
      id: 'cna',
      patch: { wage: { min: 30000, amount: 35000, max: 40000, unit: 'year', sourceId: 'oews' } },
      field: 'occupation:cna:wage.amount',
    });
    expect(median).not.toHaveAttribute('aria-invalid');
  });

  it('sends a valid value on every keystroke', async () => {
    const { onChange, user } = renderCna();
    await user.type(screen.getByRole('textbox', { name: 'Wage area' }), 'MA');
    expect(onChange.mock.calls.map(([change]) => change.field)).toEqual(['occupation:cna:wage.area', 'occupation:cna:wage.area']);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { wage: expect.objectContaining({ area: 'MA' }) } }));
  });

  it('clears a number when its input is emptied (the field is left out, never NaN)', async () => {
    const { onChange, user } = renderCna();
    await user.clear(screen.getByRole('spinbutton', { name: 'Minimum wage' }));
    const change = onChange.mock.lastCall?.[0];
    expect(change).toEqual({ target: 'occupation', id: 'cna', patch: { wage: { max: 40000, unit: 'year', sourceId: 'oews' } }, field: 'occupation:cna:wage.min' });
    expect(change?.target === 'occupation' && change.patch.wage && 'min' in change.patch.wage).toBe(false);

    await user.clear(screen.getByRole('spinbutton', { name: 'Annual openings' }));
    expect(onChange).toHaveBeenLastCalledWith({ target: 'occupation', id: 'cna', patch: { labor: undefined }, field: 'occupation:cna:labor.annualOpenings' });
  });

  it('checks the SOC code with the format rule and sends it once it is valid', async () => {
    const { onChange, user } = renderCna();
    const soc = screen.getByRole('textbox', { name: 'SOC code' });
    await user.clear(soc);
    await user.type(soc, '29-11');
    expect(soc).toHaveAccessibleDescription(/^SOC code must be an O\*NET-SOC code like 29-1141 or 29-1141\.01, not "29-11"/);
    expect(onChange).toHaveBeenCalledTimes(1); // only the emptied field, which clears the code
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { socCode: undefined } }));

    await user.type(soc, '41');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { socCode: '29-1141' }, field: 'occupation:cna:socCode' }));
    expect(soc).not.toHaveAttribute('aria-invalid');
  });

  it('edits selects and checkboxes: group, level, education, designation, Bright Outlook', async () => {
    const { onChange, user } = renderCna();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'Laboratory');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { groupId: 'lab' }, field: 'occupation:cna:groupId' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Not set');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { level: undefined } }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Education' }), "Associate's degree");
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { education: 'associate' } }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Designation' }), 'Critical');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { designation: 'critical' } }));
    await user.click(screen.getByRole('checkbox', { name: 'Bright Outlook' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { highGrowth: true }, field: 'occupation:cna:highGrowth=true' }));
  });

  it('reads skills one per line, dropping blank lines', async () => {
    const { onChange, user } = renderCna();
    const skills = screen.getByRole('textbox', { name: 'Skills' });
    await user.type(skills, '{Enter}{Enter}Charting');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ patch: { skills: ['Patient care', 'Vital signs', 'Charting'] }, field: 'occupation:cna:skills' }),
    );
    expect(skills).toHaveValue('Patient care\nVital signs\n\nCharting');
  });

  it('starts a new wage with the unit chosen before any amount, and removes it when the last amount goes', async () => {
    const onChange = vi.fn<(change: InspectorChange) => void>();
    const user = userEvent.setup();
    render(<StatefulInspector initial={sampleMap()} selection={{ kind: 'occupation', id: 'lpn' }} onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wage unit' }), 'Per hour');
    expect(onChange).not.toHaveBeenCalled();
    await user.type(screen.getByRole('spinbutton', { name: 'Wage figure' }), '28.5');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { wage: { unit: 'hour', amount: 28.5 } } }));
    await user.clear(screen.getByRole('spinbutton', { name: 'Wage figure' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ patch: { wage: undefined } }));
  });

  it('offers the map sources for the wage source', () => {
    renderCna();
    const source = screen.getByRole('combobox', { name: 'Wage source' });
    expect(source).toHaveValue('oews');
    expect(within(source).getAllByRole('option').map((option) => option.textContent)).toEqual(['No source', 'OEWS May 2024']);
  });
});
