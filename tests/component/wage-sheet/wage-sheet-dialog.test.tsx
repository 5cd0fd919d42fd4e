import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { WageSource, WageUpdate } from '../../../src/domain/commands/update-wages';
import { WageSheetDialog } from '../../../src/features/wage-sheet/wage-sheet-dialog';
import { buildMap } from '../../support/build-map';

const map = buildMap({
  sources: [{ id: 'r19', label: 'Regional wages 2019' }],
  occupations: [
    { id: 'rn', title: 'Registered Nurse', socCode: '29-1141.00', wage: { statistic: 'mean', amount: 82650, unit: 'year', year: 2019, area: 'Springfield' } },
    { id: 'md', title: 'Physician', socCode: '29-1228.00' },
    { id: 'ma', title: 'Medical Assistant', socCode: '31-9092.00' },
  ],
});

const OEWS = [
  'AREA_TITLE,OCC_CODE,OCC_TITLE,A_MEAN,A_MEDIAN',
  'Springfield,29-1141,Registered Nurses,"93,600","91,520"',
  'Springfield,29-1228,Physicians,#,#',
  'Boston,29-1141,Registered Nurses,"104,000","101,920"',
].join('\n');

function renderDialog() {
  const onApply = vi.fn<(updates: WageUpdate[], source: WageSource) => void>();
  render(<WageSheetDialog map={map} onClose={vi.fn()} onApply={onApply} />);
  fireEvent.change(screen.getByLabelText('Wage sheet CSV file'), { target: { files: [new File([OEWS], 'MSA_M2024_dl.csv', { type: 'text/csv' })] } });
  return onApply;
}

const row = (title: string) => screen.getByRole('row', { name: new RegExp(`^${title}`) });

describe('WageSheetDialog', () => {
  it('previews every card old → new, marks top-coded wages not available, and lists cards without a match as unchanged', async () => {
    renderDialog();
    expect(await screen.findByRole('table', { name: 'Wages before and after' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Year of the figures' })).toHaveValue('2024');
    expect(screen.getByRole('combobox', { name: 'Statistic to take' })).toHaveValue('median');
    expect(within(row('Registered Nurse')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '$82,650 a year (mean), 2019, Springfield',
      '$91,520 a year (median), 2024, Springfield',
    ]);
    expect(row('Physician')).toHaveTextContent('not available (# in the sheet: above the highest wage OEWS publishes); unchanged');
    expect(row('Medical Assistant')).toHaveTextContent('unchanged: not in the sheet for this area');
  });

  it('follows the chosen area and statistic, and applies with a new source', async () => {
    const user = userEvent.setup();
    const onApply = renderDialog();
    await screen.findByRole('table', { name: 'Wages before and after' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Boston');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Statistic to take' }), 'mean');
    expect(row('Registered Nurse')).toHaveTextContent('$104,000 a year (mean), 2024, Boston');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('BLS OEWS wages, May 2024');
    await user.click(screen.getByRole('button', { name: 'Update 1 wage' }));
    expect(onApply).toHaveBeenCalledWith(
      [{ occupationId: 'rn', wage: { statistic: 'mean', amount: 104000, unit: 'year', year: 2024, area: 'Boston' } }],
      { add: expect.objectContaining({ label: 'BLS OEWS wages, May 2024', publisher: 'U.S. Bureau of Labor Statistics', url: 'https://www.bls.gov/oes/' }) },
    );
  });

  it('asks for the year when the file name has none, and applies nothing until it is given', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(<WageSheetDialog map={map} onClose={vi.fn()} onApply={onApply} />);
    fireEvent.change(screen.getByLabelText('Wage sheet CSV file'), { target: { files: [new File([OEWS], 'wages.csv', { type: 'text/csv' })] } });
    const year = await screen.findByRole('textbox', { name: 'Year of the figures' });
    expect(year).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Update 1 wage' })).toBeDisabled();
    await user.type(year, '2023');
    expect(row('Registered Nurse')).toHaveTextContent('$91,520 a year (median), 2023, Springfield');
    expect(screen.getByRole('button', { name: 'Update 1 wage' })).toBeEnabled();
  });

  it('cites no source of the map unless one is chosen: a sheet of its own columns starts with a new source', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn<(updates: WageUpdate[], source: WageSource) => void>();
    render(<WageSheetDialog map={map} onClose={vi.fn()} onApply={onApply} />);
    const sheet = ['socCode,area,year,statistic,amount,unit', '29-1141,Springfield,2024,median,91520,year'].join('\n');
    fireEvent.change(screen.getByLabelText('Wage sheet CSV file'), { target: { files: [new File([sheet], 'wages.csv', { type: 'text/csv' })] } });
    await screen.findByRole('table', { name: 'Wages before and after' });
    expect(screen.getByRole('radio', { name: 'A new source' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('');
    const update = screen.getByRole('button', { name: 'Update 1 wage' });
    expect(update).toBeDisabled();
    // Choosing "a source on the map" still names none until one is picked.
    await user.click(screen.getByRole('radio', { name: 'A source on the map' }));
    expect(screen.getByRole('combobox', { name: 'Source' })).toHaveValue('');
    expect(update).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'r19');
    await user.click(update);
    expect(onApply).toHaveBeenCalledWith([expect.objectContaining({ occupationId: 'rn' })], { existingId: 'r19' });
  });
});
