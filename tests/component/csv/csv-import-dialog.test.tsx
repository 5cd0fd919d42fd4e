import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { CsvImportDialog } from '../../../src/features/csv/csv-import-dialog';
import { buildMap } from '../../support/build-map';

const template = (sheet: string) => readFileSync(`public/templates/${sheet}-template.csv`, 'utf8');

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

function renderDialog(openMap?: PathwayMap) {
  const onImportNew = vi.fn<(map: PathwayMap) => void>();
  const onMerge = vi.fn<(map: PathwayMap) => void>();
  const onClose = vi.fn();
  render(<CsvImportDialog openMap={openMap} onClose={onClose} onImportNew={onImportNew} onMerge={onMerge} />);
  return { onImportNew, onMerge, onClose };
}

function choose(sheet: 'Occupations' | 'Transitions', file: File) {
  fireEvent.change(screen.getByLabelText(`${sheet} CSV file`), { target: { files: [file] } });
}

// The template with the LPN's wage figure written as text, on spreadsheet row 3.
const badOccupations = () => template('occupations').replace(',57110,', ',abc,');

describe('CsvImportDialog', () => {
  it('offers both file pickers and both templates, and nothing to import yet', () => {
    renderDialog();
    expect(screen.getByRole('heading', { name: 'Import from CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose occupations CSV…' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose transitions CSV…' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download occupations template' })).toHaveAttribute('href', '/templates/occupations-template.csv');
    expect(screen.getByRole('link', { name: 'Download transitions template' })).toHaveAttribute('href', '/templates/transitions-template.csv');
    expect(screen.getByRole('button', { name: 'Import as a new map' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Merge into this map' })).toBeNull();
  });

  it('lists a bad row’s error, marks it in the preview and keeps import disabled', async () => {
    const { onImportNew } = renderDialog();
    choose('Occupations', csvFile('occupations.csv', badOccupations()));
    choose('Transitions', csvFile('transitions.csv', template('transitions')));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Row 3, wage: must be a number of dollars, not "abc"');
    expect(screen.getByRole('button', { name: 'Import as a new map' })).toBeDisabled();
    const preview = screen.getByRole('table', { name: /^Occupations: 7 rows/ });
    expect(within(preview).getByRole('columnheader', { name: /^wage\s*→ wage$/ })).toBeInTheDocument();
    expect(within(preview).getByRole('cell', { name: 'abc' })).toHaveClass('csv-preview__problem');
    expect(screen.getByRole('table', { name: /^Transitions: 6 rows/ })).toBeInTheDocument();
    expect(onImportNew).not.toHaveBeenCalled();
  });

  it('imports a good pair as a new map once the fixed file is chosen again', async () => {
    const { onImportNew } = renderDialog();
    choose('Occupations', csvFile('occupations.csv', badOccupations()));
    await screen.findByRole('alert');
    choose('Occupations', csvFile('occupations.csv', template('occupations')));
    choose('Transitions', csvFile('transitions.csv', template('transitions')));

    const importButton = screen.getByRole('button', { name: 'Import as a new map' });
    await waitFor(() => expect(importButton).toBeEnabled());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Ready: 3 occupations, 4 step cards and 6 moves.');
    await userEvent.setup().click(importButton);
    expect(onImportNew).toHaveBeenCalledTimes(1);
    const map = onImportNew.mock.calls[0]?.[0];
    expect(map?.title).toBe('Occupations');
    expect(map?.occupations.map((occupation) => occupation.id)).toEqual(['cna', 'lpn', 'rn']);
    expect(map?.steps.map((step) => step.id)).toEqual(['cna-certificate', 'pn-program', 'nclex-pn', 'nclex-rn']);
    expect(map?.transitions.map((move) => move.id)).toEqual(['cna-to-lpn', 'lpn-to-rn', 'cna-certificate-to-cna', 'pn-program-to-nclex-pn', 'nclex-pn-to-lpn', 'nclex-rn-to-rn']);
  });

  it('shows how forgiving cells were read, and imports under the title the user wrote', async () => {
    const { onImportNew } = renderDialog();
    choose('Occupations', csvFile('Workbook - IT jobs.csv', 'title,wageMin,wageUnit,highGrowth\nHelp desk,"$45,000",year,Y\nTutor,15 $/hr,,no\n'));
    const notes = await screen.findByRole('region', { name: 'Read with care' });
    expect(within(notes).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Row 2, wageMin: "$45,000" read as $45,000',
      'Row 2, highGrowth: "Y" read as yes',
      'Row 3, wageMin: "15 $/hr" read as $15 an hour',
    ]);
    const title = screen.getByRole('textbox', { name: 'Map title' });
    expect(title).toHaveValue('IT jobs');
    const user = userEvent.setup();
    await user.clear(title);
    await user.type(title, 'Massachusetts IT apprenticeships');
    await user.click(screen.getByRole('button', { name: 'Import as a new map' }));
    const map = onImportNew.mock.calls[0]?.[0];
    expect(map?.title).toBe('Massachusetts IT apprenticeships');
    expect(map?.occupations.map((occupation) => occupation.wage)).toEqual([
      { min: 45000, unit: 'year' },
      { min: 15, unit: 'hour' },
    ]);
  });

  it('lists ignored columns and says why a file can’t be read', async () => {
    renderDialog();
    choose('Occupations', csvFile('occupations.csv', 'Occupation title,Favourite colour\nNurse,blue\n'));
    expect(await screen.findByText('Ignored columns: Favourite colour (not a known column)')).toBeInTheDocument();
    choose('Transitions', csvFile('book.xlsx', 'PK\u0003\u0004rest'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/book\.xlsx: This is an Excel workbook/);
    expect(screen.getByRole('button', { name: 'Import as a new map' })).toBeDisabled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove transitions CSV' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import as a new map' })).toBeEnabled());
  });

  it('merges into the open map, matched by the chosen key, and says what will change', async () => {
    const openMap = buildMap({ occupations: [{ id: 'rn', title: 'RN', socCode: '29-1141.00' }] });
    const { onMerge, onImportNew } = renderDialog(openMap);
    choose('Occupations', csvFile('occupations.csv', template('occupations')));
    choose('Transitions', csvFile('transitions.csv', template('transitions')));

    expect(await screen.findByText('Merging adds 2 occupations, updates 1, leaves 0 as they were; adds 4 step cards, updates 0, leaves 0 as they were; adds 6 moves.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('radio', { name: 'id' }));
    expect(screen.getByText('Merging adds 2 occupations, updates 1, leaves 0 as they were; adds 4 step cards, updates 0, leaves 0 as they were; adds 6 moves.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('radio', { name: 'SOC code' }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Merge into this map' }));
    expect(onImportNew).not.toHaveBeenCalled();
    const merged = onMerge.mock.calls[0]?.[0];
    expect(merged?.occupations.map((occupation) => [occupation.id, occupation.title])).toEqual([
      ['rn', 'Registered Nurse (RN)'],
      ['cna', 'Nursing Assistant (CNA)'],
      ['lpn', 'Licensed Practical Nurse (LPN)'],
    ]);
    expect(merged?.steps.map((step) => step.title)).toEqual(['CNA certificate', 'Approved practical nursing (PN) program', 'NCLEX-PN', 'NCLEX-RN']);
    expect(merged?.transitions).toContainEqual(expect.objectContaining({ from: 'nclex-rn', to: 'rn' }));
  });

  it('keeps merge disabled and says why when rows can’t be merged, while a new map is still possible', async () => {
    const openMap = buildMap({
      occupations: [
        { id: 'rn', title: 'RN (days)', socCode: '29-1141.00' },
        { id: 'rn-nights', title: 'RN (nights)', socCode: '29-1141' },
      ],
    });
    renderDialog(openMap);
    choose('Occupations', csvFile('occupations.csv', template('occupations')));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Row 4, socCode: matches 2 occupations on the open map ("RN (days)", "RN (nights)"); match by id instead',
    );
    expect(screen.getByRole('button', { name: 'Merge into this map' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Import as a new map' })).toBeEnabled();
  });
});
