import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AboutMap } from '../../../../src/features/viewer/sources/about-map';
import { buildMap } from '../../../support/build-map';

const OPENINGS = { period: { from: 2022, to: 2032 }, area: 'Pioneer Valley, MA' };

const map = buildMap({
  region: 'Pioneer Valley, MA',
  occupations: [
    { id: 'rn', title: 'Registered Nurse', labor: { ...OPENINGS, annualOpenings: 300 }, training: [{ name: 'ADN', completions: 310, year: 2024 }] },
    { id: 'cna', title: 'Nursing Assistant', labor: { ...OPENINGS, annualOpenings: 120 }, training: [{ name: 'CNA course', capacity: 60, completions: 45, year: 2024 }] },
    { id: 'ma', title: 'Medical Assistant', labor: { ...OPENINGS, annualOpenings: 80 } },
    { id: 'lpn', title: 'Licensed Practical Nurse', labor: { ...OPENINGS, annualOpenings: 90 }, training: [{ name: 'PN', completions: 40, year: 2024 }] },
    { id: 'pt', title: 'Phlebotomist' },
  ],
});

/** The table's body rows as the cells' texts. */
async function tableRows(): Promise<string[][]> {
  render(<AboutMap map={map} />);
  await userEvent.setup().click(screen.getByText('About this map'));
  const section = screen.getByRole('region', { name: 'Openings and completions' });
  const [, ...body] = within(section).getAllByRole('row');
  return body.map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent ?? ''));
}

describe('the map\'s openings and completions table', () => {
  it('lists each occupation with either figure, shortfalls first, and leaves out the ones with neither', async () => {
    expect(await tableRows()).toEqual([
      ['Nursing Assistant', '120 a year (annual average), 2022–2032, Pioneer Valley, MA', '45 a year, 2024', 'Completions fall short of openings by 75 a year'],
      ['Licensed Practical Nurse', '90 a year (annual average), 2022–2032, Pioneer Valley, MA', '40 a year, 2024', 'Completions fall short of openings by 50 a year'],
      ['Registered Nurse', '300 a year (annual average), 2022–2032, Pioneer Valley, MA', '310 a year, 2024', 'Completions cover openings'],
      ['Medical Assistant', '80 a year (annual average), 2022–2032, Pioneer Valley, MA', 'not known', 'Not known: the map lists no training programs'],
    ]);
  });

  it('totals the shortfalls, which a surplus elsewhere does not fill', async () => {
    await tableRows();
    expect(screen.getByRole('region', { name: 'Openings and completions' })).toHaveTextContent(
      'Together, completions fall short of openings by 125 a year in 2 occupations (openings in Pioneer Valley, MA).',
    );
  });

  it('is not there when no occupation has openings or completions', () => {
    render(<AboutMap map={buildMap({ description: 'Jobs.', occupations: [{ id: 'rn', title: 'Registered Nurse' }] })} />);
    expect(screen.queryByRole('region', { name: 'Openings and completions', hidden: true })).toBeNull();
  });
});
