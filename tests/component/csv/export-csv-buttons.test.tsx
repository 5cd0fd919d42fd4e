import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { occupationsToCsv, transitionsToCsv } from '../../../src/domain/csv/map-to-rows';
import { ExportCsvButtons } from '../../../src/features/csv/export-csv-buttons';
import { downloadText } from '../../../src/io/download';
import { buildMap } from '../../support/build-map';

vi.mock('../../../src/io/download', () => ({ downloadText: vi.fn() }));

describe('ExportCsvButtons', () => {
  it('downloads each sheet as UTF-8 CSV with a byte-order mark, for Excel', async () => {
    const map = buildMap({ occupations: [{ id: 'a', title: 'Café worker' }, { id: 'b', title: 'B' }], transitions: [{ id: 'a-b', from: 'a', to: 'b' }] });
    render(
      <MemoryRouter>
        <ExportCsvButtons map={map} />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export occupations CSV' }));
    await user.click(screen.getByRole('button', { name: 'Export transitions CSV' }));
    expect(vi.mocked(downloadText).mock.calls).toEqual([
      ['test-map-occupations.csv', `\uFEFF${occupationsToCsv(map)}`, 'text/csv;charset=utf-8'],
      ['test-map-transitions.csv', `\uFEFF${transitionsToCsv(map)}`, 'text/csv;charset=utf-8'],
    ]);
  });
});
